//! Entity tags: a change applies only to the version of a resource its sender saw.

/// An entity tag (RFC 9110 §8.8.3) as a server sent it in `ETag`, e.g. `"o12-v3"`. Opaque to
/// clients: they keep it with the resource and send it back unchanged in `If-Match`. The server
/// answers `412 precondition_failed` when the resource changed since, `428` when it is missing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ETag(String);

impl ETag {
    /// The strong tag of `opaque` (`"{opaque}"`), as a server makes it.
    pub fn strong(opaque: &str) -> ETag {
        ETag(format!("\"{opaque}\""))
    }

    /// A header's value (`ETag`, `If-Match`) as received; `None` when it is empty.
    pub fn from_header(value: &str) -> Option<ETag> {
        let value = value.trim();
        (!value.is_empty()).then(|| ETag(value.to_string()))
    }

    /// The header value, to send back as it came.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tag without a weakness mark (`W/`) and quotes: what a server compares.
    pub fn opaque(&self) -> &str {
        self.0
            .strip_prefix("W/")
            .unwrap_or(&self.0)
            .trim_matches('"')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_goes_back_as_it_came_and_compares_by_its_opaque_part() {
        let sent = ETag::strong("o12-v3");
        assert_eq!(sent.as_str(), "\"o12-v3\"");
        let echoed = ETag::from_header(&format!(" {} ", sent.as_str())).unwrap();
        assert_eq!(echoed, sent);
        assert_eq!(
            ETag::from_header("W/\"o12-v3\"").unwrap().opaque(),
            "o12-v3"
        );
        assert_eq!(ETag::from_header("  "), None);
    }
}
