//! The page itself: `index.html` with a public page's head tags, its painted first screen in
//! place of the skeleton, what else it lists in `<noscript>`, and the answers it was built from.

use expocx_contract::Lang;

use super::head::{esc, Described};

/// The head's tags beyond those `index.html` already has (title and card metas are filled in
/// place, so the app keeps updating the same elements). The canonical URL is the page's own:
/// with `?lang=` when the address chose the language, without when the visitor's choice did.
fn extra_tags(d: &Described, origin: &str, lang: Lang, in_url: bool) -> String {
    let join = if d.here.contains('?') { '&' } else { '?' };
    let url = |l: Lang| format!("{origin}{}{join}lang={}", d.here, l.tag());
    let own = if in_url {
        url(lang)
    } else {
        format!("{origin}{}", d.here)
    };
    let mut tags = format!(
        "<link rel=\"canonical\" href=\"{}\" />\n  <meta property=\"og:url\" content=\"{}\" />\n  \
         <meta property=\"og:type\" content=\"website\" />\n  <meta property=\"og:locale\" content=\"{}\" />\n  \
         <meta name=\"twitter:card\" content=\"{}\" />\n  <meta name=\"twitter:title\" content=\"{}\" />\n  \
         <meta name=\"twitter:description\" content=\"{}\" />\n",
        esc(&own),
        esc(&own),
        match lang {
            Lang::ZhHans => "zh_CN",
            Lang::ZhHant => "zh_TW",
            Lang::En => "en_US",
        },
        if d.image.is_empty() { "summary" } else { "summary_large_image" },
        esc(&d.title),
        esc(&d.text)
    );
    if !d.image.is_empty() {
        tags += &format!(
            "  <meta name=\"twitter:image\" content=\"{}\" />\n",
            esc(&d.image)
        );
    }
    for l in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
        tags += &format!(
            "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
            l.tag(),
            esc(&url(l))
        );
    }
    tags += &format!(
        "  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />\n",
        esc(&format!("{origin}{}", d.here))
    );
    if let Some(ld) = &d.json_ld {
        // `<` never closes the script early, whatever the texts hold.
        let json = ld.to_string().replace('<', "\\u003c");
        tags += &format!("  <script type=\"application/ld+json\">{json}</script>\n");
    }
    tags
}

/// Replaces the `content` of the card meta `key` (`data-card="key"`) in `html`.
fn set_card(html: &mut String, key: &str, value: &str) {
    let marker = format!("data-card=\"{key}\"");
    let Some(at) = html.find(&marker) else { return };
    let start = html[..at].rfind('<').unwrap_or(0);
    let tag = &html[start..at];
    let Some(c) = tag.find("content=\"") else {
        return;
    };
    let from = start + c + "content=\"".len();
    let Some(len) = html[from..].find('"') else {
        return;
    };
    html.replace_range(from..from + len, &esc(value));
}

/// Answers the app's first `GET` of each path the page carries an answer for (`seed:{path}`)
/// with that answer, once: the app's first render shows the painted content in the frame it
/// mounts (its text is read in a microtask: a `Response` body read takes a task, and the
/// skeleton would paint for a frame). In the page, not in the app: a shell without answers
/// pays nothing for it.
///
/// It also carries what a visitor typed or chose in the painted page (the home search, a
/// product's option) into the app's own fields when the app takes the page over, and the focus
/// with it: the app's input handlers see it as typed, and nothing is lost to the takeover. A
/// tap on a painted button ("Add to cart") is made again on the app's button of the same text.
pub const SEED_READER: &str = "<script>(function(){var f=window.fetch;window.fetch=function(r,o){\
var u=new URL(typeof r==\"string\"?r:r.url,location.href),m=(o&&o.method)||(r&&r.method)||\"GET\",\
e=m==\"GET\"&&document.getElementById(\"seed:\"+u.pathname.replace(/^\\/api\\/v1/,\"\")+u.search);\
if(!e)return f.apply(this,arguments);e.remove();var t=e.textContent,a=new Response(t,\
{headers:{\"content-type\":\"application/json\"}});a.text=function(){return Promise.resolve(t)};\
return Promise.resolve(a)}})();\
(function(){var a=document.getElementById(\"app\"),v={},f=null,c=null,n=0;if(!a)return;\
var k=function(t){return t.type==\"radio\"?\"r:\"+t.name:t.id||t.name||\"\"},\
b=function(){return a.hasAttribute(\"aria-busy\")},\
h=function(e){var t=e.target;if(b()&&k(t)&&typeof t.value==\"string\"&&(t.type!=\"radio\"||t.checked))v[k(t)]=t.value};\
a.addEventListener(\"input\",h,true);a.addEventListener(\"change\",h,true);\
a.addEventListener(\"focusin\",function(e){if(b())f=k(e.target)},true);\
a.addEventListener(\"click\",function(e){var t=e.target.closest&&e.target.closest(\"button[type=button]\");\
if(b()&&t)c=t.textContent.trim()},true);\
var o=new MutationObserver(function(){if(b())return;\
a.querySelectorAll(\"input,textarea,select\").forEach(function(t){var x=k(t);\
if(x in v&&(t.type!=\"radio\"||t.value==v[x])){if(t.type==\"radio\"){t.checked=true;\
t.dispatchEvent(new Event(\"change\",{bubbles:true}))}else{t.value=v[x];\
t.dispatchEvent(new Event(\"input\",{bubbles:true}))}delete v[x]}\
if(x&&x==f&&!(x in v)){t.focus();f=null}});\
if(c)a.querySelectorAll(\"button[type=button]\").forEach(function(t){if(c&&t.textContent.trim()==c){c=null;t.click()}});\
if(!Object.keys(v).length&&!f&&!c||++n>100)o.disconnect()});\
o.observe(a,{childList:true,subtree:true})})()</script>";

/// A painted page fetches its WebAssembly once its first screen has painted: the stylesheet and
/// the first screen's picture get a weak signal's bandwidth first, and the page is readable
/// meanwhile. (The shell, with nothing to read, keeps fetching it at once.)
pub fn wasm_after_paint(html: &str) -> String {
    let mut html = html.to_string();
    if let Some(at) = html.find("_bg.wasm\" as=\"fetch\"") {
        if let (Some(start), Some(len)) = (html[..at].rfind("<link"), html[at..].find("/>")) {
            let end = at + len + 2;
            let end = end + html[end..].len() - html[end..].trim_start().len();
            html.replace_range(start..end, "");
        }
    }
    html.replacen(
        "init({ module_or_path:",
        "requestAnimationFrame(()=>setTimeout(()=>init({ module_or_path:",
        1,
    )
    .replacen("_bg.wasm\" });</script>", "_bg.wasm\" })));</script>", 1)
}

/// The element of `html` that starts with `open` (a `<div …`), to its closing tag.
fn element(html: &str, open: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(open)?;
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open = html[at + 1..].find("<div").map(|i| i + at + 1);
        let next_close = html[at + 1..].find("</div>").map(|i| i + at + 1)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o;
            }
            _ if depth == 0 => return Some(start..next_close + "</div>".len()),
            _ => {
                depth -= 1;
                at = next_close;
            }
        }
    }
}

/// `index.html` carrying the page `d` in `lang`: its title and card, the other head tags, the
/// language; its first screen in place of the skeleton (`#boot-page`), what else it lists in
/// the `<noscript>`, and the answers it was built from for the app's first render.
pub fn inject(index: &str, d: &Described, origin: &str, lang: Lang, in_url: bool) -> String {
    let mut html = index.replacen(
        "<html lang=\"zh-Hans\">",
        &format!(
            "<html lang=\"{}\"{}>",
            lang.tag(),
            if d.body.is_empty() {
                ""
            } else {
                " data-snapshot"
            }
        ),
        1,
    );
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(a + "<title>".len()..b, &esc(&d.title));
    }
    set_card(&mut html, "description", &d.text);
    set_card(&mut html, "og:title", &d.title);
    set_card(&mut html, "og:description", &d.text);
    set_card(&mut html, "og:image", &d.image);
    if !d.body.is_empty() {
        html = wasm_after_paint(&html);
    }
    if let Some(at) = html.find("</head>") {
        html.insert_str(at, &extra_tags(d, origin, lang, in_url));
    }
    if let Some(at) = html.find("</noscript>") {
        html.insert_str(at, &d.more);
    }
    if let Some(range) = element(&html, "<div id=\"boot-page\"") {
        html.replace_range(range, &d.body);
    }
    let mut seeds: String = d
        .seed
        .iter()
        .map(|(path, json)| {
            // `<` never closes the script early, whatever the texts hold.
            let json = json.replace('<', "\\u003c");
            format!(
                "<script type=\"application/json\" id=\"seed:{}\">{json}</script>",
                esc(path)
            )
        })
        .collect();
    if !seeds.is_empty() {
        seeds.insert_str(0, SEED_READER);
    }
    if let Some(at) = html.rfind("</body>") {
        html.insert_str(at, &seeds);
    }
    html
}
