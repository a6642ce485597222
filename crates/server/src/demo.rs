//! Demo data that makes the product feel real: one expo, three halls, fourteen exhibitors,
//! ten categories and 170-odd products, in the three languages. Deterministic, so tests can
//! rely on it; loaded only into an empty database.

use expocx_contract::{Lang, Localized, Role};
use rusqlite::{params, Connection};

use crate::api::{auth::hash_password, ApiError};
use crate::db::auth::{create_user, NewUser};

/// Demo accounts (documented in the README).
pub const VISITOR_EMAIL: &str = "visitor@demo.expocx.test";
pub const VISITOR_PASSWORD: &str = "visit-expo-2026";
pub const EXHIBITOR_EMAILS: [&str; 2] = ["tea@demo.expocx.test", "ceramics@demo.expocx.test"];
pub const EXHIBITOR_PASSWORD: &str = "exhibit-expo-2026";

type T3 = (&'static str, &'static str, &'static str);

fn l(t: T3) -> Localized {
    Localized::new(t.0, t.1, t.2)
}

fn json(l: &Localized) -> String {
    serde_json::to_string(l).unwrap_or_default()
}

fn search_text(parts: &[&Localized]) -> String {
    parts
        .iter()
        .flat_map(|l| [&l.zh_hans, &l.zh_hant, &l.en])
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

const HALLS: [(&str, T3, T3); 3] = [
    (
        "H1",
        ("1号馆", "1號館", "Hall 1"),
        ("东方生活", "東方生活", "Eastern living"),
    ),
    (
        "H2",
        ("2号馆", "2號館", "Hall 2"),
        ("美食与健康", "美食與健康", "Food & wellbeing"),
    ),
    (
        "H3",
        ("3号馆", "3號館", "Hall 3"),
        ("智造与设计", "智造與設計", "Smart tech & design"),
    ),
];

/// slug, name, product nouns (name, base price in yuan), and a description phrase.
struct CategorySeed {
    slug: &'static str,
    name: T3,
    items: [(T3, i64); 6],
    about: T3,
}

const CATEGORIES: [CategorySeed; 10] = [
    CategorySeed {
        slug: "tea",
        name: ("茶叶", "茶葉", "Tea"),
        about: (
            "产地直采，当季新茶",
            "產地直採，當季新茶",
            "Sourced at the garden, this season's harvest",
        ),
        items: [
            (("西湖龙井", "西湖龍井", "West Lake Longjing"), 268),
            (("武夷岩茶", "武夷岩茶", "Wuyi rock oolong"), 198),
            (("云南普洱", "雲南普洱", "Yunnan pu-erh"), 158),
            (("福鼎白茶", "福鼎白茶", "Fuding white tea"), 188),
            (("祁门红茶", "祁門紅茶", "Keemun black tea"), 128),
            (("茉莉花茶", "茉莉花茶", "Jasmine tea"), 68),
        ],
    },
    CategorySeed {
        slug: "ceramics",
        name: ("陶瓷", "陶瓷", "Ceramics"),
        about: (
            "手工拉坯，高温烧制",
            "手工拉坯，高溫燒製",
            "Hand-thrown and high-fired",
        ),
        items: [
            (("青瓷茶杯", "青瓷茶杯", "Celadon tea cup"), 88),
            (("汝窑茶壶", "汝窯茶壺", "Ru ware teapot"), 398),
            (("白瓷餐盘", "白瓷餐盤", "White porcelain plate"), 59),
            (("粗陶花器", "粗陶花器", "Stoneware vase"), 168),
            (("建盏", "建盞", "Jian tea bowl"), 258),
            (("釉下彩碗", "釉下彩碗", "Underglaze bowl"), 45),
        ],
    },
    CategorySeed {
        slug: "silk",
        name: ("丝绸服饰", "絲綢服飾", "Silk & apparel"),
        about: (
            "桑蚕丝，亲肤透气",
            "桑蠶絲，親膚透氣",
            "Mulberry silk, soft and breathable",
        ),
        items: [
            (("真丝围巾", "真絲圍巾", "Silk scarf"), 299),
            (("香云纱衬衫", "香雲紗襯衫", "Gambiered silk shirt"), 699),
            (("真丝眼罩", "真絲眼罩", "Silk sleep mask"), 99),
            (("刺绣手帕", "刺繡手帕", "Embroidered handkerchief"), 79),
            (("丝绸睡衣", "絲綢睡衣", "Silk pyjamas"), 899),
            (("宋锦卡包", "宋錦卡包", "Song brocade card case"), 129),
        ],
    },
    CategorySeed {
        slug: "food",
        name: ("地方美食", "地方美食", "Regional food"),
        about: (
            "传统工艺，地道风味",
            "傳統工藝，地道風味",
            "Traditional recipe, true local taste",
        ),
        items: [
            (("云腿月饼", "雲腿月餅", "Yunnan ham mooncakes"), 88),
            (("桂花糕", "桂花糕", "Osmanthus cake"), 39),
            (("手工挂面", "手工掛麵", "Hand-pulled noodles"), 45),
            (("腊味礼盒", "臘味禮盒", "Cured meat gift box"), 238),
            (
                ("椒麻牛肉干", "椒麻牛肉乾", "Sichuan pepper beef jerky"),
                69,
            ),
            (("野生蜂蜜", "野生蜂蜜", "Wild honey"), 128),
        ],
    },
    CategorySeed {
        slug: "home",
        name: ("家居生活", "家居生活", "Home & living"),
        about: (
            "简约耐用，日日好用",
            "簡約耐用，日日好用",
            "Simple, durable, used every day",
        ),
        items: [
            (("竹编收纳篮", "竹編收納籃", "Woven bamboo basket"), 79),
            (("亚麻桌布", "亞麻桌布", "Linen tablecloth"), 159),
            (("实木砧板", "實木砧板", "Solid wood board"), 129),
            (("香薰蜡烛", "香薰蠟燭", "Scented candle"), 99),
            (("羊毛靠垫", "羊毛靠墊", "Wool cushion"), 219),
            (("铸铁锅", "鑄鐵鍋", "Cast iron pot"), 459),
        ],
    },
    CategorySeed {
        slug: "beauty",
        name: ("美妆个护", "美妝個護", "Beauty & care"),
        about: (
            "温和配方，敏感肌可用",
            "溫和配方，敏感肌可用",
            "Gentle formula, fine for sensitive skin",
        ),
        items: [
            (("玉容面膜", "玉容面膜", "Jade sheet masks"), 129),
            (("山茶花精油", "山茶花精油", "Camellia oil"), 189),
            (("手工皂", "手工皂", "Handmade soap"), 39),
            (("草本洗发水", "草本洗髮水", "Herbal shampoo"), 89),
            (("护手霜", "護手霜", "Hand cream"), 59),
            (("檀木梳", "檀木梳", "Sandalwood comb"), 119),
        ],
    },
    CategorySeed {
        slug: "tech",
        name: ("智能数码", "智能數碼", "Smart tech"),
        about: (
            "一年质保，全国联保",
            "一年保固，全國聯保",
            "One-year warranty, nationwide service",
        ),
        items: [
            (("降噪耳机", "降噪耳機", "Noise-cancelling earbuds"), 599),
            (("智能手环", "智能手環", "Fitness band"), 249),
            (("便携充电宝", "便攜充電寶", "Power bank"), 149),
            (("桌面音箱", "桌面音箱", "Desktop speaker"), 399),
            (("电子墨水阅读器", "電子墨水閱讀器", "E-ink reader"), 1099),
            (("翻译笔", "翻譯筆", "Translation pen"), 459),
        ],
    },
    CategorySeed {
        slug: "crafts",
        name: ("文创手作", "文創手作", "Crafts & design"),
        about: (
            "设计师原创，限量出品",
            "設計師原創，限量出品",
            "Designer original, limited run",
        ),
        items: [
            (("剪纸装饰画", "剪紙裝飾畫", "Paper-cut art print"), 128),
            (("铜书签", "銅書籤", "Brass bookmark"), 49),
            (("手账本", "手帳本", "Hand-bound notebook"), 68),
            (("木刻版画", "木刻版畫", "Woodblock print"), 360),
            (("风筝", "風箏", "Silk kite"), 158),
            (("印章套装", "印章套裝", "Seal stamp set"), 198),
        ],
    },
    CategorySeed {
        slug: "outdoor",
        name: ("户外运动", "戶外運動", "Outdoor & sport"),
        about: (
            "轻量耐磨，为山野而生",
            "輕量耐磨，為山野而生",
            "Light and tough, made for the trail",
        ),
        items: [
            (("登山杖", "登山杖", "Trekking poles"), 239),
            (("速干T恤", "速乾T恤", "Quick-dry tee"), 129),
            (("露营灯", "露營燈", "Camping lantern"), 159),
            (("保温水壶", "保溫水壺", "Insulated bottle"), 119),
            (("瑜伽垫", "瑜伽墊", "Yoga mat"), 189),
            (("折叠椅", "折疊椅", "Folding chair"), 269),
        ],
    },
    CategorySeed {
        slug: "kids",
        name: ("母婴童趣", "母嬰童趣", "Kids & baby"),
        about: (
            "安全材质，通过检测",
            "安全材質，通過檢測",
            "Safe materials, lab tested",
        ),
        items: [
            (("木质积木", "木質積木", "Wooden blocks"), 169),
            (("绘本套装", "繪本套裝", "Picture book set"), 129),
            (
                ("有机棉连体衣", "有機棉連身衣", "Organic cotton onesie"),
                109,
            ),
            (("布老虎", "布老虎", "Cloth tiger toy"), 89),
            (("儿童餐具", "兒童餐具", "Kids' tableware"), 79),
            (("拼图地垫", "拼圖地墊", "Puzzle play mat"), 149),
        ],
    },
];

const VARIANTS: [(T3, i64); 3] = [
    (("标准装", "標準裝", "Standard"), 100),
    (("礼盒装", "禮盒裝", "Gift box"), 160),
    (("展会限定", "展會限定", "Expo edition"), 85),
];

/// name, tagline, hall index, booth, categories (indices into CATEGORIES), featured.
struct ExhibitorSeed {
    name: T3,
    tagline: T3,
    hall: usize,
    booth: &'static str,
    cats: &'static [usize],
    featured: bool,
}

const EXHIBITORS: [ExhibitorSeed; 14] = [
    ExhibitorSeed {
        name: ("翠峰茶庄", "翠峰茶莊", "Jade Peak Tea House"),
        tagline: (
            "三代制茶，只做好茶",
            "三代製茶，只做好茶",
            "Three generations of tea making",
        ),
        hall: 0,
        booth: "H1-A01",
        cats: &[0],
        featured: true,
    },
    ExhibitorSeed {
        name: ("青瓷坊", "青瓷坊", "Celadon Studio"),
        tagline: (
            "龙泉青瓷，千年窑火",
            "龍泉青瓷，千年窯火",
            "Longquan celadon, a thousand-year kiln",
        ),
        hall: 0,
        booth: "H1-A05",
        cats: &[1],
        featured: true,
    },
    ExhibitorSeed {
        name: ("锦绣丝坊", "錦繡絲坊", "Brocade Silk Works"),
        tagline: (
            "江南丝绸，匠心织造",
            "江南絲綢，匠心織造",
            "Jiangnan silk, woven with care",
        ),
        hall: 0,
        booth: "H1-B02",
        cats: &[2],
        featured: true,
    },
    ExhibitorSeed {
        name: ("茶器生活", "茶器生活", "Tea & Ware Living"),
        tagline: (
            "一席茶，一套器",
            "一席茶，一套器",
            "The cup that suits the tea",
        ),
        hall: 0,
        booth: "H1-B08",
        cats: &[0, 1],
        featured: false,
    },
    ExhibitorSeed {
        name: ("南山家居", "南山家居", "Nanshan Home"),
        tagline: (
            "自然材质的家",
            "自然材質的家",
            "A home of natural materials",
        ),
        hall: 0,
        booth: "H1-C03",
        cats: &[4],
        featured: false,
    },
    ExhibitorSeed {
        name: ("滇味坊", "滇味坊", "Taste of Yunnan"),
        tagline: (
            "彩云之南的味道",
            "彩雲之南的味道",
            "Flavours from south of the clouds",
        ),
        hall: 1,
        booth: "H2-A02",
        cats: &[3],
        featured: true,
    },
    ExhibitorSeed {
        name: ("百草集", "百草集", "Hundred Herbs"),
        tagline: (
            "草本护理，温和有效",
            "草本護理，溫和有效",
            "Herbal care that is kind to skin",
        ),
        hall: 1,
        booth: "H2-A09",
        cats: &[5],
        featured: false,
    },
    ExhibitorSeed {
        name: ("蜂语农场", "蜂語農場", "Bee Whisper Farm"),
        tagline: (
            "深山里的甜",
            "深山裡的甜",
            "Sweetness from deep in the hills",
        ),
        hall: 1,
        booth: "H2-B04",
        cats: &[3],
        featured: false,
    },
    ExhibitorSeed {
        name: ("山野行", "山野行", "Wild Trail Outfitters"),
        tagline: ("向山而行", "向山而行", "Head for the hills"),
        hall: 1,
        booth: "H2-C01",
        cats: &[8],
        featured: true,
    },
    ExhibitorSeed {
        name: ("小象童乐", "小象童樂", "Little Elephant Kids"),
        tagline: (
            "陪伴成长的好物",
            "陪伴成長的好物",
            "Good things to grow up with",
        ),
        hall: 1,
        booth: "H2-C06",
        cats: &[9],
        featured: false,
    },
    ExhibitorSeed {
        name: ("声迹科技", "聲跡科技", "SoundTrace Tech"),
        tagline: ("听见更好的世界", "聽見更好的世界", "Hear a better world"),
        hall: 2,
        booth: "H3-A01",
        cats: &[6],
        featured: true,
    },
    ExhibitorSeed {
        name: ("墨白设计", "墨白設計", "Ink & White Design"),
        tagline: (
            "东方美学，当代设计",
            "東方美學，當代設計",
            "Eastern aesthetics, modern design",
        ),
        hall: 2,
        booth: "H3-A07",
        cats: &[7],
        featured: true,
    },
    ExhibitorSeed {
        name: ("极光智能", "極光智能", "Aurora Smart"),
        tagline: ("让科技更贴心", "讓科技更貼心", "Technology that cares"),
        hall: 2,
        booth: "H3-B03",
        cats: &[6, 8],
        featured: false,
    },
    ExhibitorSeed {
        name: ("纸上匠人", "紙上匠人", "Paper Artisans"),
        tagline: (
            "一张纸的无限可能",
            "一張紙的無限可能",
            "The endless life of paper",
        ),
        hall: 2,
        booth: "H3-B10",
        cats: &[7, 9],
        featured: false,
    },
];

/// Loads the demo data unless the database already has an expo.
pub fn load(conn: &mut Connection) -> Result<bool, ApiError> {
    let has: i64 = conn.query_row("SELECT COUNT(*) FROM expo", [], |r| r.get(0))?;
    if has > 0 {
        return Ok(false);
    }
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO expo (id, name_json, tagline_json, venue_json, starts_on, ends_on, time_zone)
         VALUES (1, ?, ?, ?, '2026-12-03', '2026-12-06', 'Asia/Shanghai')",
        params![
            json(&l((
                "2026 国际生活方式博览会",
                "2026 國際生活方式博覽會",
                "International Lifestyle Expo 2026"
            ))),
            json(&l((
                "发现好物，直达展位",
                "發現好物，直達展位",
                "Discover, buy, and pick up at the booth"
            ))),
            json(&l((
                "上海国家会展中心",
                "上海國家會展中心",
                "National Exhibition and Convention Center, Shanghai"
            ))),
        ],
    )?;
    for (i, (code, name, theme)) in HALLS.iter().enumerate() {
        tx.execute(
            "INSERT INTO halls (id, expo_id, code, name_json, theme_json) VALUES (?, 1, ?, ?, ?)",
            params![i as i64 + 1, code, json(&l(*name)), json(&l(*theme))],
        )?;
    }
    for (i, c) in CATEGORIES.iter().enumerate() {
        tx.execute(
            "INSERT INTO categories (id, slug, name_json, position) VALUES (?, ?, ?, ?)",
            params![i as i64 + 1, c.slug, json(&l(c.name)), i as i64],
        )?;
    }
    let mut product_id = 0i64;
    for (ei, e) in EXHIBITORS.iter().enumerate() {
        let ex_id = ei as i64 + 1;
        let name = l(e.name);
        let tagline = l(e.tagline);
        let cats: Vec<&CategorySeed> = e.cats.iter().map(|&c| &CATEGORIES[c]).collect();
        let cat_names: Vec<Localized> = cats.iter().map(|c| l(c.name)).collect();
        let description =
            Localized {
                zh_hans: format!(
                    "{}位于{}展位 {}，带来{}等展会好物。支持展位自提与快递到家。",
                    name.zh_hans,
                    l(HALLS[e.hall].1).zh_hans,
                    e.booth,
                    cat_names
                        .iter()
                        .map(|c| c.zh_hans.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                zh_hant: format!(
                    "{}位於{}展位 {}，帶來{}等展會好物。支援展位自取與快遞到府。",
                    name.zh_hant,
                    l(HALLS[e.hall].1).zh_hant,
                    e.booth,
                    cat_names
                        .iter()
                        .map(|c| c.zh_hant.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                en: format!(
                "{} brings {} to booth {} in {}. Pick up at the booth or have it delivered home.",
                name.en,
                cat_names.iter().map(|c| c.en.to_lowercase()).collect::<Vec<_>>().join(" and "),
                e.booth, l(HALLS[e.hall].1).en
            ),
            };
        tx.execute(
            "INSERT INTO exhibitors (id, hall_id, booth, name_json, tagline_json, description_json, featured, search_text)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            params![ex_id, e.hall as i64 + 1, e.booth, json(&name), json(&tagline), json(&description),
                    e.featured, search_text(&[&name, &tagline, &description])],
        )?;
        // Each exhibitor sells every item of its categories in two of the variants.
        for cat in &cats {
            let cat_index = CATEGORIES
                .iter()
                .position(|c| c.slug == cat.slug)
                .unwrap_or(0) as i64;
            for (ii, (item, base)) in cat.items.iter().enumerate() {
                for (vi, (variant, pct)) in VARIANTS.iter().enumerate() {
                    if (ii + vi + ei) % 3 == 0 {
                        continue; // two of three variants per item, varying by exhibitor
                    }
                    product_id += 1;
                    let item = l(*item);
                    let variant = l(*variant);
                    let pname = Localized {
                        zh_hans: format!("{} · {}", item.zh_hans, variant.zh_hans),
                        zh_hant: format!("{} · {}", item.zh_hant, variant.zh_hant),
                        en: format!("{} · {}", item.en, variant.en),
                    };
                    let about = l(cat.about);
                    let pdesc = Localized {
                        zh_hans: format!(
                            "{}。{}出品，展位 {} 可现场自提。",
                            about.zh_hans, name.zh_hans, e.booth
                        ),
                        zh_hant: format!(
                            "{}。{}出品，展位 {} 可現場自取。",
                            about.zh_hant, name.zh_hant, e.booth
                        ),
                        en: format!(
                            "{}. Made by {}; pick it up at booth {}.",
                            about.en, name.en, e.booth
                        ),
                    };
                    // Prices end in 9 or 0 like real ones; a little spread per exhibitor.
                    let yuan = (base * pct / 100) + (ei as i64 % 3) * 10;
                    let price_minor =
                        (yuan * 100 / 1000 * 1000).max(1900) + if yuan % 2 == 0 { 900 } else { 0 };
                    let stock = (product_id * 37) % 120 - 6;
                    let featured = (product_id % 9) == 0;
                    let created_at = format!(
                        "2026-10-{:02}T{:02}:00:00Z",
                        1 + (product_id % 28),
                        product_id % 24
                    );
                    tx.execute(
                        "INSERT INTO products (id, exhibitor_id, category_id, name_json, description_json, price_minor,
                         currency, stock, featured, created_at, search_text)
                         VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)",
                        params![product_id, ex_id, cat_index + 1, json(&pname), json(&pdesc), price_minor,
                                stock.max(0), featured, created_at, search_text(&[&pname, &pdesc, &l(cat.name)])],
                    )?;
                }
            }
        }
    }
    commerce(&tx)?;
    let visitor_hash = hash_password(VISITOR_PASSWORD)?;
    create_user(
        &tx,
        &NewUser {
            email: VISITOR_EMAIL,
            password_hash: &visitor_hash,
            display_name: "林小梅",
            role: Role::Visitor,
            exhibitor_id: None,
            locale: Some(Lang::ZhHans),
        },
    )?;
    let exhibitor_hash = hash_password(EXHIBITOR_PASSWORD)?;
    for (i, (email, name)) in EXHIBITOR_EMAILS
        .iter()
        .zip(["翠峰茶庄 · 王磊", "青瓷坊 · 陈静"])
        .enumerate()
    {
        create_user(
            &tx,
            &NewUser {
                email,
                password_hash: &exhibitor_hash,
                display_name: name,
                role: Role::Exhibitor,
                exhibitor_id: Some(i as i64 + 1),
                locale: None,
            },
        )?;
    }
    tx.commit()?;
    Ok(true)
}

/// code, percent off, amount off, minimum, category slug, starts, ends, description.
type CouponSeed = (
    &'static str,
    Option<i64>,
    Option<i64>,
    i64,
    Option<&'static str>,
    &'static str,
    &'static str,
    T3,
);

/// Hall maps, product options, pickup slots and coupons.
fn commerce(tx: &Connection) -> Result<(), ApiError> {
    // Booths on a grid of four per row, 24 × 16 units, with aisles between them.
    for hall in 0..HALLS.len() {
        let in_hall: Vec<usize> = (0..EXHIBITORS.len())
            .filter(|&i| EXHIBITORS[i].hall == hall)
            .collect();
        let rows = in_hall.len().div_ceil(4).max(1) as i64;
        tx.execute(
            "UPDATE halls SET map_width = 120, map_height = ? WHERE id = ?",
            params![16 + rows * 24, hall as i64 + 1],
        )?;
        for (k, &ei) in in_hall.iter().enumerate() {
            let (col, row) = ((k % 4) as i64, (k / 4) as i64);
            tx.execute(
                "UPDATE exhibitors SET booth_x = ?, booth_y = ?, booth_w = 24, booth_h = 16 WHERE id = ?",
                params![6 + col * 28, 12 + row * 24, ei as i64 + 1],
            )?;
        }
    }
    // Tea is sold by weight (the larger pack costs more); porcelain comes in two glazes.
    let weight = json(&l(("规格", "規格", "Weight")));
    let mut stmt =
        tx.prepare("SELECT p.id, p.price_minor FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = 'tea'")?;
    let tea: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, price) in tea {
        let options = serde_json::json!([
            {"id": "100g", "label": l(("100 克", "100 克", "100 g")), "price_delta_minor": 0},
            {"id": "250g", "label": l(("250 克", "250 克", "250 g")), "price_delta_minor": price * 13 / 10 / 100 * 100},
        ]);
        tx.execute(
            "UPDATE products SET option_name_json = ?, options_json = ? WHERE id = ?",
            params![weight, options.to_string(), id],
        )?;
    }
    let glaze = json(&l(("釉色", "釉色", "Glaze")));
    let options = serde_json::json!([
        {"id": "celadon", "label": l(("青瓷", "青瓷", "Celadon")), "price_delta_minor": 0},
        {"id": "white", "label": l(("甜白", "甜白", "Sweet white")), "price_delta_minor": 0},
    ]);
    tx.execute(
        "UPDATE products SET option_name_json = ?, options_json = ?
         WHERE category_id = (SELECT id FROM categories WHERE slug = 'ceramics')",
        params![glaze, options.to_string()],
    )?;
    // Pickup at every booth: four two-hour slots a day (10:00–18:00 Shanghai time = UTC+8).
    for ex in 1..=EXHIBITORS.len() as i64 {
        for day in 3..=6 {
            for (k, start_utc) in [2, 4, 6, 8].into_iter().enumerate() {
                tx.execute(
                    "INSERT INTO pickup_slots (exhibitor_id, starts_at, ends_at, capacity) VALUES (?, ?, ?, ?)",
                    params![
                        ex,
                        format!("2026-12-{day:02}T{start_utc:02}:00:00Z"),
                        format!("2026-12-{day:02}T{:02}:00:00Z", start_utc + 2),
                        // The first slot of each day is small, so "full" is a real state.
                        if k == 0 { 2 } else { 20 }
                    ],
                )?;
            }
        }
    }
    let coupons: [CouponSeed; 3] = [
        (
            "EXPO10",
            Some(10),
            None,
            20000,
            None,
            "2026-01-01T00:00:00Z",
            "2099-12-31T00:00:00Z",
            (
                "全场满 200 元享 9 折",
                "全場滿 200 元享 9 折",
                "10% off orders of ¥200 or more",
            ),
        ),
        (
            "TEA20",
            None,
            Some(2000),
            10000,
            Some("tea"),
            "2026-01-01T00:00:00Z",
            "2099-12-31T00:00:00Z",
            (
                "茶叶满 100 元减 20 元",
                "茶葉滿 100 元減 20 元",
                "¥20 off ¥100 or more of tea",
            ),
        ),
        (
            "SPRING26",
            Some(15),
            None,
            0,
            None,
            "2026-03-01T00:00:00Z",
            "2026-04-30T00:00:00Z",
            ("春季特惠 85 折", "春季特惠 85 折", "Spring sale: 15% off"),
        ),
    ];
    for (code, pct, amount, min, cat, starts, ends, desc) in coupons {
        tx.execute(
            "INSERT INTO coupons (code, percent_off, amount_off_minor, min_total_minor, category_id, starts_at, ends_at, description_json)
             VALUES (?, ?, ?, ?, (SELECT id FROM categories WHERE slug = ?), ?, ?, ?)",
            params![code, pct, amount, min, cat, starts, ends, json(&l(desc))],
        )?;
    }
    Ok(())
}

/// Grows the demo catalog to `exhibitors` exhibitors and `products` products (benchmarks: the
/// storefront must stay fast with thousands of products). Copies of existing rows with new
/// names; idempotent.
pub fn grow(conn: &mut Connection, exhibitors: i64, products: i64) -> Result<(), ApiError> {
    let tx = conn.transaction()?;
    let have: i64 = tx.query_row("SELECT COUNT(*) FROM exhibitors", [], |r| r.get(0))?;
    for i in have..exhibitors {
        let n = i + 1;
        let name = Localized {
            zh_hans: format!("基准展商 {n}"),
            zh_hant: format!("基準展商 {n}"),
            en: format!("Benchmark exhibitor {n}"),
        };
        tx.execute(
            "INSERT INTO exhibitors (hall_id, booth, name_json, tagline_json, description_json, featured, search_text)
             VALUES (?, ?, ?, ?, ?, 0, ?)",
            params![n % 3 + 1, format!("H{}-Z{n:02}", n % 3 + 1), json(&name), json(&name), json(&name),
                    search_text(&[&name])],
        )?;
    }
    let ex_count: i64 = tx.query_row("SELECT COUNT(*) FROM exhibitors", [], |r| r.get(0))?;
    let have: i64 = tx.query_row("SELECT COUNT(*) FROM products", [], |r| r.get(0))?;
    let base: i64 = have.max(1);
    for i in have..products {
        // A copy of an existing product, spread over every exhibitor and category.
        let src = i % base + 1;
        let ex = i % ex_count + 1;
        tx.execute(
            "INSERT INTO products (exhibitor_id, category_id, name_json, description_json, price_minor, currency,
                stock, featured, created_at, search_text, option_name_json, options_json)
             SELECT ?, category_id, json_set(name_json, '$.en', json_extract(name_json, '$.en') || ' #' || ?),
                description_json, price_minor + (? % 50) * 100, currency, stock, 0, created_at,
                search_text || ' ' || ?, option_name_json, options_json
             FROM products WHERE id = ?",
            params![ex, i, i, i, src],
        )?;
    }
    tx.commit()?;
    Ok(())
}
