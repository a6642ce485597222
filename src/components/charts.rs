//! Small SVG charts of our own (no chart library in the bundle). Each chart is a picture with a
//! name for screen readers; the page shows its numbers as a table next to it.

use leptos::prelude::*;

/// One bar: its label under the axis and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
}

/// Bar heights scaled to `height` (the tallest bar is `height`; any non-zero value shows at
/// least 1 so it is not mistaken for nothing).
pub fn scaled(values: &[i64], height: u32) -> Vec<u32> {
    let max = values.iter().copied().max().unwrap_or(0).max(0);
    values
        .iter()
        .map(|v| {
            if *v <= 0 || max == 0 {
                0
            } else {
                ((*v as f64 / max as f64) * f64::from(height))
                    .round()
                    .max(1.0) as u32
            }
        })
        .collect()
}

/// What share `part` is of `whole`, in whole percent; `None` when there is no whole.
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| ((f64::from(part) / f64::from(whole)) * 100.0).round() as u32)
}

const H: u32 = 100;
const W: u32 = 36;

/// Vertical bars, one per entry (days of a period).
#[component]
pub fn BarChart(#[prop(into)] name: Signal<String>, bars: Vec<Bar>) -> impl IntoView {
    let heights = scaled(&bars.iter().map(|b| b.value).collect::<Vec<_>>(), H);
    // At least a week wide, so one day is one bar among room for more, not a wall.
    let width = (bars.len() as u32).max(7) * W;
    let few = bars.len() <= 14;
    view! {
        <svg class="chart" viewBox=format!("0 0 {width} {}", H + 20) role="img" aria-label=name>
            <line x1="0" y1=H x2=width y2=H class="axis" />
            {bars.into_iter().zip(heights).enumerate().map(|(i, (b, h))| {
                let x = i as u32 * W;
                view! {
                    <rect x=x + 6 y=H - h width=W - 12 height=h />
                    {few.then(|| view! {
                        <text x=x + W / 2 y=H + 14 text-anchor="middle">{b.label}</text>
                    })}
                }
            }).collect_view()}
        </svg>
    }
}

/// Horizontal bars, each as wide as its share of the first (a funnel).
#[component]
pub fn FunnelChart(#[prop(into)] name: Signal<String>, steps: Vec<Bar>) -> impl IntoView {
    let widths = scaled(&steps.iter().map(|b| b.value).collect::<Vec<_>>(), 300);
    let height = steps.len() as u32 * 28;
    view! {
        <svg class="chart" viewBox=format!("0 0 300 {height}") role="img" aria-label=name>
            {widths.into_iter().enumerate().map(|(i, w)| {
                let y = i as u32 * 28;
                view! { <rect x=(300 - w) / 2 y=y + 2 width=w height="22" rx="4" /> }
            }).collect_view()}
        </svg>
    }
}

/// Two bars per entry side by side, one for each of two series (a group against its control),
/// scaled together; the second series is drawn hatched so the two differ without colour.
#[component]
pub fn PairedBarChart(
    #[prop(into)] name: Signal<String>,
    /// The labels under the axis, each with its two values.
    pairs: Vec<(String, i64, i64)>,
) -> impl IntoView {
    let values: Vec<i64> = pairs.iter().flat_map(|(_, a, b)| [*a, *b]).collect();
    let heights = scaled(&values, H);
    let width = (pairs.len() as u32).max(7) * W;
    let few = pairs.len() <= 14;
    let bar = W / 2 - 4;
    view! {
        <svg class="chart paired" viewBox=format!("0 0 {width} {}", H + 20) role="img" aria-label=name>
            <defs>
                <pattern id="chart-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="2" height="4" class="hatch" />
                </pattern>
            </defs>
            <line x1="0" y1=H x2=width y2=H class="axis" />
            {pairs.into_iter().zip(heights.chunks(2).map(|h| (h[0], h[1])).collect::<Vec<_>>()).enumerate()
                .map(|(i, ((label, _, _), (a, b)))| {
                    let x = i as u32 * W;
                    view! {
                        <rect x=x + 4 y=H - a width=bar height=a class="first" />
                        <rect x=x + W / 2 y=H - b width=bar height=b class="second" />
                        {few.then(|| view! {
                            <text x=x + W / 2 y=H + 14 text-anchor="middle">{label}</text>
                        })}
                    }
                }).collect_view()}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_tallest_and_small_values_stay_visible() {
        for (values, want) in [
            (vec![0, 50, 100], vec![0, 50, 100]),
            (vec![1, 1000], vec![1, 100]),
            (vec![0, 0], vec![0, 0]),
            (vec![-5, 10], vec![0, 100]),
            (vec![], vec![]),
            (vec![3, 3, 3], vec![100, 100, 100]),
        ] {
            assert_eq!(scaled(&values, 100), want, "{values:?}");
        }
    }

    #[test]
    fn conversion_is_a_whole_percent_of_the_step_before() {
        for (part, whole, want) in [
            (1, 4, Some(25)),
            (2, 3, Some(67)),
            (0, 10, Some(0)),
            (5, 0, None),
            (10, 10, Some(100)),
        ] {
            assert_eq!(percent(part, whole), want, "{part}/{whole}");
        }
    }
}
