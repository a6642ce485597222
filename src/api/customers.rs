//! An exhibitor's customers (issue 25): the valued list with its filters, one customer seen
//! whole, and the list as CSV (used only by the portal's lazy chunk).

use expocx_contract::customers::{Customer, CustomerList, Segment, Stage};

use super::{with_query, Api, ApiError};

/// Which of the three lists: everyone, or those at risk, or those given red-carpet service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CustomerSet {
    #[default]
    All,
    AtRisk,
    RedCarpet,
}

impl CustomerSet {
    pub const ALL: [CustomerSet; 3] = [Self::All, Self::AtRisk, Self::RedCarpet];

    /// The wire name (`at_risk`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::AtRisk => "at_risk",
            Self::RedCarpet => "red_carpet",
        }
    }
}

/// How the list is sorted; the backend's default is [`CustomerSort::Value`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CustomerSort {
    /// Revenue, highest first.
    #[default]
    Value,
    /// Last order, quote or scan, latest first.
    Recent,
    /// Satisfaction, lowest first.
    Satisfaction,
}

impl CustomerSort {
    pub const ALL: [CustomerSort; 3] = [Self::Value, Self::Recent, Self::Satisfaction];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Value => "value",
            Self::Recent => "recent",
            Self::Satisfaction => "satisfaction",
        }
    }
}

/// Which customers the list shows (`?list=…&stage=…&segment=…&sort=…&page=…`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerQuery {
    pub list: CustomerSet,
    pub stage: Option<Stage>,
    pub segment: Option<Segment>,
    /// Only customers met at the booth whose lead scores at least this.
    pub min_score: Option<i32>,
    pub sort: Option<CustomerSort>,
    /// 1-based; `None` is the first.
    pub page: Option<u32>,
}

/// The value of `all` whose wire name is `name`.
fn named<T: Copy>(all: &[T], name: &str, as_str: impl Fn(T) -> &'static str) -> Option<T> {
    all.iter().copied().find(|x| as_str(*x) == name)
}

impl CustomerQuery {
    /// The list a URL's query asks for; unknown values are left out.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let read = |key| get(key).unwrap_or_default();
        CustomerQuery {
            list: named(&CustomerSet::ALL, &read("list"), CustomerSet::as_str).unwrap_or_default(),
            stage: named(&Stage::ALL, &read("stage"), Stage::as_str),
            segment: named(&Segment::ALL, &read("segment"), Segment::as_str),
            min_score: read("min_score")
                .parse()
                .ok()
                .filter(|m: &i32| m.abs() <= 2000),
            sort: named(&CustomerSort::ALL, &read("sort"), CustomerSort::as_str),
            page: read("page").parse().ok().filter(|p| *p > 1),
        }
    }

    /// The query string (no `?`), defaults left out, in a fixed order.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if self.list != CustomerSet::All {
            parts.push(format!("list={}", self.list.as_str()));
        }
        if let Some(s) = self.stage.filter(|s| *s != Stage::Unknown) {
            parts.push(format!("stage={}", s.as_str()));
        }
        if let Some(s) = self.segment.filter(|s| *s != Segment::Unknown) {
            parts.push(format!("segment={}", s.as_str()));
        }
        if let Some(m) = self.min_score {
            parts.push(format!("min_score={m}"));
        }
        if let Some(s) = self.sort.filter(|s| *s != CustomerSort::Value) {
            parts.push(format!("sort={}", s.as_str()));
        }
        if let Some(p) = self.page.filter(|p| *p > 1) {
            parts.push(format!("page={p}"));
        }
        parts.join("&")
    }
}

fn list_path(q: &CustomerQuery) -> String {
    let qs = q.to_query_string();
    let sep = if qs.is_empty() { "" } else { "&" };
    format!("/exhibitor/customers?limit=20{sep}{qs}")
}

/// The CSV of the list `q` shows, every page of it.
pub fn customers_csv_path(q: &CustomerQuery) -> String {
    let all_pages = CustomerQuery {
        page: None,
        ..q.clone()
    };
    with_query("/exhibitor/customers/export", all_pages.to_query_string())
}

impl Api {
    pub async fn customers(&self, q: &CustomerQuery) -> Result<CustomerList, ApiError> {
        self.get(&list_path(q)).await
    }
    /// One customer seen whole; `404` for someone who is not this exhibitor's customer.
    pub async fn customer(&self, user_id: i64) -> Result<Customer, ApiError> {
        self.get(&format!("/exhibitor/customers/{user_id}")).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_asks_for_its_filters_and_page() {
        assert_eq!(
            list_path(&CustomerQuery::default()),
            "/exhibitor/customers?limit=20"
        );
        let q = CustomerQuery {
            list: CustomerSet::RedCarpet,
            stage: Some(Stage::Declining),
            segment: Some(Segment::AtRisk),
            min_score: Some(40),
            sort: Some(CustomerSort::Satisfaction),
            page: Some(3),
        };
        assert_eq!(
            list_path(&q),
            "/exhibitor/customers?limit=20&list=red_carpet&stage=declining&segment=at_risk&min_score=40&sort=satisfaction&page=3"
        );
        assert_eq!(
            customers_csv_path(&q),
            "/exhibitor/customers/export?list=red_carpet&stage=declining&segment=at_risk&min_score=40&sort=satisfaction"
        );
        assert_eq!(
            customers_csv_path(&CustomerQuery::default()),
            "/exhibitor/customers/export"
        );
        let junk = CustomerQuery {
            list: CustomerSet::All,
            stage: Some(Stage::Unknown),
            segment: Some(Segment::Unknown),
            min_score: None,
            sort: Some(CustomerSort::Value),
            page: Some(1),
        };
        assert_eq!(junk.to_query_string(), "");
    }

    #[test]
    fn the_url_names_the_list_and_survives_a_round_trip() {
        let q = CustomerQuery::from_query(|k| match k {
            "list" => Some("at_risk".into()),
            "stage" => Some("stable".into()),
            "segment" => Some("champions".into()),
            "min_score" => Some("-20".into()),
            "sort" => Some("recent".into()),
            "page" => Some("2".into()),
            _ => None,
        });
        assert_eq!(q.list, CustomerSet::AtRisk);
        assert_eq!(
            (q.stage, q.segment),
            (Some(Stage::Stable), Some(Segment::Champions))
        );
        assert_eq!(
            q.to_query_string(),
            "list=at_risk&stage=stable&segment=champions&min_score=-20&sort=recent&page=2"
        );
        let again = CustomerQuery::from_query(|k| {
            q.to_query_string()
                .split('&')
                .find_map(|p| p.strip_prefix(&format!("{k}=")).map(String::from))
        });
        assert_eq!(again, q);
        let junk = CustomerQuery::from_query(|k| match k {
            "list" => Some("vip".into()),
            "stage" => Some("unknown".into()),
            "segment" => Some("whales".into()),
            "sort" => Some("name".into()),
            "page" => Some("0".into()),
            _ => None,
        });
        assert_eq!(junk, CustomerQuery::default());
    }
}
