//! Chart geometry: tables of inputs and the numbers they must produce, plus a
//! sweep over awkward inputs that must never yield NaN, infinities or panics.

use kilit_core::chart::{
    bar_chart, bubble_chart, fmt_num, linear_scale, nearest_in_direction, nice_ticks, pareto,
    polygon_path, polyline_path, quadrant_of, radar, round2, AbcCutoffs, ArrowKey, BarChart,
    BarLayout, BubbleChart, BubbleInput, BubbleLayout, Pareto, PlotLayout, Point, Quadrant, Radar,
    RadarLayout, Rect, Splits, TextAnchor, VAnchor, RADAR_MAX_AXES,
};
use kilit_core::i18n::Dir;

const LTR: Dir = Dir::Ltr;
const RTL: Dir = Dir::Rtl;

fn p(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

// ---------------------------------------------------------------- helpers

#[test]
fn round2_and_fmt_num() {
    let table: &[(f64, f64, &str)] = &[
        (0.0, 0.0, "0"),
        (-0.0, 0.0, "0"),
        (10.0, 10.0, "10"),
        (10.5, 10.5, "10.5"),
        (1.234, 1.23, "1.23"),
        (-3.256, -3.26, "-3.26"),
        (0.1 + 0.2, 0.3, "0.3"),
        (-0.001, 0.0, "0"),
        (f64::NAN, 0.0, "0"),
        (f64::INFINITY, 0.0, "0"),
        (f64::NEG_INFINITY, 0.0, "0"),
        (1e20, 1e20, "100000000000000000000"),
    ];
    for &(input, rounded, text) in table {
        assert_eq!(round2(input), rounded, "round2({input})");
        assert_eq!(fmt_num(input), text, "fmt_num({input})");
    }
}

#[test]
fn path_strings() {
    let table: &[(&[Point], &str, &str)] = &[
        (&[], "", ""),
        (&[Point { x: 1.0, y: 2.0 }], "M1 2", "M1 2Z"),
        (
            &[Point { x: 10.0, y: 20.0 }, Point { x: 30.5, y: -4.0 }],
            "M10 20L30.5 -4",
            "M10 20L30.5 -4Z",
        ),
    ];
    for &(points, line, polygon) in table {
        assert_eq!(polyline_path(points), line);
        assert_eq!(polygon_path(points), polygon);
    }
}

#[test]
fn nice_ticks_table() {
    let table: &[(f64, f64, usize, &[f64])] = &[
        (0.0, 100.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        (0.0, 100.0, 2, &[0.0, 50.0, 100.0]),
        (3.0, 97.0, 4, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        (100.0, 0.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        (0.0, 1.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0.0, 0.3, 3, &[0.0, 0.1, 0.2, 0.3]),
        (-1.0, 1.0, 4, &[-1.0, -0.5, 0.0, 0.5, 1.0]),
        (
            0.0,
            1234.0,
            5,
            &[0.0, 200.0, 400.0, 600.0, 800.0, 1000.0, 1200.0, 1400.0],
        ),
        (0.0, 0.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (5.0, 5.0, 5, &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]),
        (-5.0, -5.0, 5, &[-5.0, -4.0, -3.0, -2.0, -1.0, 0.0]),
        (0.0, 10.0, 0, &[0.0, 10.0]),
        (f64::NAN, 10.0, 5, &[]),
        (0.0, f64::INFINITY, 5, &[]),
        (-f64::MAX, f64::MAX, 5, &[-f64::MAX, f64::MAX]),
    ];
    for &(min, max, count, expected) in table {
        assert_eq!(
            nice_ticks(min, max, count),
            expected,
            "nice_ticks({min}, {max}, {count})"
        );
    }
}

/// (domain, range, value, expected position)
type ScaleCase = ((f64, f64), (f64, f64), f64, f64);

#[test]
fn linear_scale_table() {
    let table: &[ScaleCase] = &[
        ((0.0, 100.0), (0.0, 200.0), 50.0, 100.0),
        ((0.0, 100.0), (0.0, 200.0), 150.0, 200.0),
        ((0.0, 100.0), (0.0, 200.0), -5.0, 0.0),
        ((0.0, 100.0), (300.0, 100.0), 25.0, 250.0),
        ((100.0, 0.0), (0.0, 10.0), 100.0, 0.0),
        ((0.0, 100.0), (0.0, 200.0), f64::NAN, 0.0),
        ((0.0, 100.0), (0.0, 200.0), f64::INFINITY, 200.0),
        ((0.0, 100.0), (0.0, 200.0), f64::NEG_INFINITY, 0.0),
        ((7.0, 7.0), (0.0, 200.0), 3.0, 100.0),
        ((f64::NAN, 10.0), (0.0, 10.0), 5.0, 5.0),
        ((-f64::MAX, f64::MAX), (0.0, 10.0), 0.0, 5.0),
    ];
    for &(domain, range, v, expected) in table {
        let got = linear_scale(domain, range).map(v);
        assert!(
            close(got, expected, 1e-9),
            "{domain:?}→{range:?} map({v}) = {got}, want {expected}"
        );
    }
}

#[test]
fn svg_anchor_table() {
    let table = [
        (TextAnchor::Start, LTR, "start"),
        (TextAnchor::Start, RTL, "end"),
        (TextAnchor::Middle, LTR, "middle"),
        (TextAnchor::Middle, RTL, "middle"),
        (TextAnchor::End, LTR, "end"),
        (TextAnchor::End, RTL, "start"),
    ];
    for (anchor, dir, expected) in table {
        assert_eq!(anchor.svg_anchor(dir), expected, "{anchor:?} in {dir:?}");
    }
}

// ---------------------------------------------------------------- radar

fn check_radar(values: &[Option<f64>], dir: Dir, data_path: &str) -> Radar {
    let r = radar(values, dir, &RadarLayout::default());
    assert_eq!(r.data_path, data_path, "{values:?} {dir:?}");
    r
}

#[test]
fn radar_full_square_and_mirroring() {
    // Default layout: centre (260, 210), radius 150.
    let all = [Some(100.0); 4];
    let table: &[(&[Option<f64>], Dir, &str)] = &[
        (&all, LTR, "M260 60L410 210L260 360L110 210Z"),
        (&all, RTL, "M260 60L110 210L260 360L410 210Z"),
        (
            &[Some(50.0), Some(100.0), None, Some(0.0)],
            LTR,
            "M260 135L410 210L260 210L260 210Z",
        ),
        (
            &[Some(150.0), Some(-20.0), Some(f64::NAN), Some(100.0)],
            LTR,
            "M260 60L260 210L260 210L110 210Z",
        ),
    ];
    for &(values, dir, path) in table {
        check_radar(values, dir, path);
    }
    let r = check_radar(&all, LTR, "M260 60L410 210L260 360L110 210Z");
    assert_eq!(r.center, p(260.0, 210.0));
    assert_eq!(r.radius, 150.0);
    assert_eq!(r.rings.len(), 5);
    assert_eq!(
        r.rings[4].path, r.data_path,
        "the 100 ring matches a full score"
    );
    assert_eq!(r.rings[0].path, "M260 180L290 210L260 240L230 210Z");
}

#[test]
fn radar_axes_table() {
    // (axis, angle, end, label, anchor, baseline) for four axes in LTR.
    let table = [
        (
            0,
            0.0,
            p(260.0, 60.0),
            p(260.0, 46.0),
            TextAnchor::Middle,
            VAnchor::Bottom,
        ),
        (
            1,
            90.0,
            p(410.0, 210.0),
            p(424.0, 210.0),
            TextAnchor::Start,
            VAnchor::Middle,
        ),
        (
            2,
            180.0,
            p(260.0, 360.0),
            p(260.0, 374.0),
            TextAnchor::Middle,
            VAnchor::Top,
        ),
        (
            3,
            270.0,
            p(110.0, 210.0),
            p(96.0, 210.0),
            TextAnchor::End,
            VAnchor::Middle,
        ),
    ];
    let r = radar(&[Some(100.0); 4], LTR, &RadarLayout::default());
    for (i, angle, end, label, anchor, baseline) in table {
        let a = &r.axes[i];
        assert_eq!(a.index, i);
        assert_eq!(a.angle_deg, angle, "axis {i}");
        assert_eq!(a.end, end, "axis {i}");
        assert_eq!(a.label, label, "axis {i}");
        assert_eq!(a.anchor, anchor, "axis {i}");
        assert_eq!(a.baseline, baseline, "axis {i}");
    }
}

#[test]
fn radar_rtl_mirrors_every_axis_around_the_centre() {
    for n in 3..=RADAR_MAX_AXES {
        let values: Vec<Option<f64>> = (0..n).map(|i| Some((i * 37 % 101) as f64)).collect();
        let ltr = radar(&values, LTR, &RadarLayout::default());
        let rtl = radar(&values, RTL, &RadarLayout::default());
        let cx = ltr.center.x;
        assert_eq!(
            ltr.axes[0].end,
            p(cx, 60.0),
            "axis 0 points straight up (n = {n})"
        );
        for (l, r) in ltr.axes.iter().zip(&rtl.axes) {
            for (a, b) in [(l.end, r.end), (l.point, r.point), (l.label, r.label)] {
                assert!(
                    close(a.x - cx, cx - b.x, 0.011),
                    "n {n} axis {}: {a:?} vs {b:?}",
                    l.index
                );
                assert_eq!(a.y, b.y);
            }
            assert_eq!(l.anchor.mirrored(), r.anchor, "n {n} axis {}", l.index);
            assert_eq!(l.anchor.svg_anchor(LTR), r.anchor.svg_anchor(RTL));
            assert_eq!(r.angle_deg, -l.angle_deg);
        }
    }
}

#[test]
fn radar_clockwise_and_flags_missing() {
    let r = radar(
        &[Some(10.0), None, Some(f64::INFINITY)],
        LTR,
        &RadarLayout::default(),
    );
    let missing: Vec<bool> = r.axes.iter().map(|a| a.missing).collect();
    assert_eq!(missing, [false, true, true]);
    assert_eq!(r.axes[1].point, r.center);
    assert!(
        r.axes[1].end.x > r.center.x,
        "second axis is on the right in LTR"
    );
    let too_many = radar(&[Some(1.0); 25], LTR, &RadarLayout::default());
    assert_eq!(too_many.axes.len(), RADAR_MAX_AXES);
}

// ---------------------------------------------------------------- bars

fn rows(values: &[Option<f64>]) -> Vec<(String, Option<f64>)> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("d{i}"), *v))
        .collect()
}

#[test]
fn bars_table() {
    // Default layout: track from x = 176, 296 wide; rows 18 high every 28.
    // (value, dir, bar rect, value text x, anchor, inside)
    let table = [
        (
            Some(50.0),
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 148.0,
                height: 18.0,
            },
            330.0,
            TextAnchor::Start,
            false,
        ),
        (
            Some(25.0),
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 74.0,
                height: 18.0,
            },
            256.0,
            TextAnchor::Start,
            false,
        ),
        (
            Some(0.0),
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 0.0,
                height: 18.0,
            },
            182.0,
            TextAnchor::Start,
            false,
        ),
        (
            None,
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 0.0,
                height: 18.0,
            },
            182.0,
            TextAnchor::Start,
            false,
        ),
        (
            Some(90.0),
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 266.4,
                height: 18.0,
            },
            436.4,
            TextAnchor::End,
            true,
        ),
        (
            Some(130.0),
            LTR,
            Rect {
                x: 176.0,
                y: 8.0,
                width: 296.0,
                height: 18.0,
            },
            466.0,
            TextAnchor::End,
            true,
        ),
        (
            Some(50.0),
            RTL,
            Rect {
                x: 156.0,
                y: 8.0,
                width: 148.0,
                height: 18.0,
            },
            150.0,
            TextAnchor::End,
            false,
        ),
        (
            Some(90.0),
            RTL,
            Rect {
                x: 37.6,
                y: 8.0,
                width: 266.4,
                height: 18.0,
            },
            43.6,
            TextAnchor::Start,
            true,
        ),
        (
            Some(0.0),
            RTL,
            Rect {
                x: 304.0,
                y: 8.0,
                width: 0.0,
                height: 18.0,
            },
            298.0,
            TextAnchor::End,
            false,
        ),
    ];
    for (value, dir, bar, value_x, anchor, inside) in table {
        let chart = bar_chart(&rows(&[value]), dir, &BarLayout::default());
        let b = &chart.bars[0];
        assert_eq!(b.bar, bar, "{value:?} {dir:?}");
        assert_eq!(b.value_pos, p(value_x, 17.0), "{value:?} {dir:?}");
        assert_eq!(b.value_anchor, anchor, "{value:?} {dir:?}");
        assert_eq!(b.value_inside, inside, "{value:?} {dir:?}");
        let track_x = if dir == LTR { 176.0 } else { 8.0 };
        assert_eq!(
            b.track,
            Rect {
                x: track_x,
                y: 8.0,
                width: 296.0,
                height: 18.0
            }
        );
        assert_eq!(
            b.label_anchor.svg_anchor(dir),
            "start",
            "labels are start-aligned in both directions"
        );
    }
}

#[test]
fn bar_widths_are_proportional_and_rows_stack() {
    let values = [Some(80.0), Some(40.0), Some(20.0), Some(10.0)];
    for dir in [LTR, RTL] {
        let chart: BarChart = bar_chart(&rows(&values), dir, &BarLayout::default());
        assert_eq!(chart.view_box.height, 16.0 + 4.0 * 18.0 + 3.0 * 10.0);
        assert_eq!(chart.label_max_width, 160.0);
        for (i, (b, v)) in chart.bars.iter().zip(values).enumerate() {
            assert_eq!(b.key, format!("d{i}"));
            assert_eq!(b.bar.y, 8.0 + 28.0 * i as f64);
            let v = v.unwrap_or(0.0);
            assert!(
                close(b.bar.width / b.track.width, v / 100.0, 1e-4),
                "{dir:?} row {i}"
            );
            match dir {
                // Bars grow from the inline-start end of the track.
                Dir::Ltr => assert_eq!(b.bar.x, b.track.x),
                Dir::Rtl => assert!(close(b.bar.right(), b.track.right(), 0.011)),
            }
            let label_x = if dir == LTR { 8.0 } else { 472.0 };
            assert_eq!(b.label, p(label_x, b.bar.y + 9.0));
        }
    }
}

// ---------------------------------------------------------------- bubbles

fn input(id: &str, x: f64, y: f64, size: f64) -> BubbleInput {
    BubbleInput {
        id: id.to_string(),
        x,
        y,
        size,
    }
}

fn chart(inputs: &[BubbleInput], dir: Dir) -> BubbleChart {
    bubble_chart(inputs, Splits::default(), dir, &BubbleLayout::default())
}

#[test]
fn bubble_area_is_proportional_to_size() {
    let sizes = [400.0, 100.0, 36.0, 9.0, 250.0];
    let inputs: Vec<BubbleInput> = sizes
        .iter()
        .enumerate()
        .map(|(i, &s)| input(&format!("a{i}"), i as f64 * 10.0, 50.0, s))
        .collect();
    let c = chart(&inputs, LTR);
    let expected_r = [28.0, 14.0, 8.4, 4.2];
    for (b, r) in c.points.iter().zip(expected_r) {
        assert_eq!(b.r, r, "{}", b.id);
    }
    for a in &c.points {
        for b in &c.points {
            let area_ratio = (a.r * a.r) / (b.r * b.r);
            assert!(
                close(area_ratio, a.size / b.size, 0.01 * area_ratio),
                "{} vs {}",
                a.id,
                b.id
            );
        }
    }
    // Tiny, zero and negative sizes get the minimum radius; all zero too.
    let c = chart(
        &[
            input("big", 1.0, 1.0, 1e6),
            input("tiny", 2.0, 2.0, 1.0),
            input("neg", 3.0, 3.0, -5.0),
        ],
        LTR,
    );
    let r: Vec<f64> = c.points.iter().map(|b| b.r).collect();
    assert_eq!(r, [28.0, 3.0, 3.0]);
    let c = chart(&[input("z", 1.0, 1.0, 0.0), input("y", 2.0, 2.0, 0.0)], LTR);
    assert!(c.points.iter().all(|b| b.r == 3.0));
}

#[test]
fn quadrant_table() {
    let s = Splits::default();
    let table = [
        (50.0, 50.0, s, Quadrant::Strategic),
        (49.99, 50.0, s, Quadrant::Develop),
        (50.0, 49.99, s, Quadrant::Maintain),
        (0.0, 0.0, s, Quadrant::Streamline),
        (100.0, 100.0, s, Quadrant::Strategic),
        (60.0, 70.0, Splits { x: 60.0, y: 70.0 }, Quadrant::Strategic),
        (59.0, 70.0, Splits { x: 60.0, y: 70.0 }, Quadrant::Develop),
        (
            30.0,
            30.0,
            Splits {
                x: f64::NAN,
                y: 20.0,
            },
            Quadrant::Develop,
        ),
        (0.0, 0.0, Splits { x: -10.0, y: -10.0 }, Quadrant::Strategic),
    ];
    for (x, y, splits, q) in table {
        assert_eq!(quadrant_of(x, y, splits), q, "({x}, {y}) with {splits:?}");
    }
}

#[test]
fn bubble_positions_and_quadrants() {
    // Default frame: plot x 56..504 in LTR (16..464 in RTL), y 16..372.
    // (x, y, dir, cx, cy)
    let table = [
        (0.0, 0.0, LTR, 56.0, 372.0),
        (100.0, 100.0, LTR, 504.0, 16.0),
        (25.0, 50.0, LTR, 168.0, 194.0),
        (0.0, 0.0, RTL, 464.0, 372.0),
        (100.0, 100.0, RTL, 16.0, 16.0),
        (25.0, 50.0, RTL, 352.0, 194.0),
        (-40.0, 140.0, LTR, 56.0, 16.0),
    ];
    for (x, y, dir, cx, cy) in table {
        let c = chart(&[input("a", x, y, 1.0)], dir);
        assert_eq!(
            (c.points[0].cx, c.points[0].cy),
            (cx, cy),
            "({x}, {y}) {dir:?}"
        );
    }
    // (dir, quadrant, rect)
    let table = [
        (
            LTR,
            Quadrant::Strategic,
            Rect {
                x: 280.0,
                y: 16.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            LTR,
            Quadrant::Develop,
            Rect {
                x: 56.0,
                y: 16.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            LTR,
            Quadrant::Maintain,
            Rect {
                x: 280.0,
                y: 194.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            LTR,
            Quadrant::Streamline,
            Rect {
                x: 56.0,
                y: 194.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            RTL,
            Quadrant::Strategic,
            Rect {
                x: 16.0,
                y: 16.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            RTL,
            Quadrant::Develop,
            Rect {
                x: 240.0,
                y: 16.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            RTL,
            Quadrant::Maintain,
            Rect {
                x: 16.0,
                y: 194.0,
                width: 224.0,
                height: 178.0,
            },
        ),
        (
            RTL,
            Quadrant::Streamline,
            Rect {
                x: 240.0,
                y: 194.0,
                width: 224.0,
                height: 178.0,
            },
        ),
    ];
    for (dir, q, rect) in table {
        let c = chart(&[], dir);
        let area = c.quadrants.iter().find(|a| a.quadrant == q);
        assert_eq!(area.map(|a| a.rect), Some(rect), "{q:?} {dir:?}");
    }
    let ltr = chart(&[], LTR);
    let ticks: Vec<(f64, f64)> = ltr.x_ticks.iter().map(|t| (t.value, t.pos)).collect();
    assert_eq!(
        ticks,
        [
            (0.0, 56.0),
            (25.0, 168.0),
            (50.0, 280.0),
            (75.0, 392.0),
            (100.0, 504.0)
        ]
    );
    let ticks: Vec<(f64, f64)> = ltr.y_ticks.iter().map(|t| (t.value, t.pos)).collect();
    assert_eq!(
        ticks,
        [
            (0.0, 372.0),
            (25.0, 283.0),
            (50.0, 194.0),
            (75.0, 105.0),
            (100.0, 16.0)
        ]
    );
    let rtl = chart(&[], RTL);
    let ticks: Vec<f64> = rtl.x_ticks.iter().map(|t| t.pos).collect();
    assert_eq!(ticks, [464.0, 352.0, 240.0, 128.0, 16.0]);
    assert_eq!(
        (ltr.split_x, ltr.split_y, rtl.split_x),
        (280.0, 194.0, 240.0)
    );
}

#[test]
fn bubble_keyboard_and_paint_order() {
    let inputs = [
        input("b", 50.0, 50.0, 10.0),
        input("a", 50.0, 50.0, 40.0),
        input("c", 10.0, 90.0, 5.0),
        input("d", 50.0, 20.0, 90.0),
        input("skip", f64::NAN, 20.0, 1.0),
        input("skip2", 20.0, f64::INFINITY, 1.0),
    ];
    let c = chart(&inputs, LTR);
    let ids: Vec<&str> = c.points.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["c", "d", "a", "b"]);
    let index: Vec<usize> = c.points.iter().map(|b| b.index).collect();
    assert_eq!(index, [2, 3, 1, 0]);
    assert_eq!(c.paint_order, [1, 2, 3, 0], "largest first: d, a, b, c");
    assert_eq!(c.skipped, [4, 5]);
    // Arrow keys move on screen: from c (top-left) Right reaches a/b row.
    assert_eq!(c.nearest_in_direction(0, ArrowKey::Left), None);
    assert!(c.nearest_in_direction(0, ArrowKey::Right).is_some());
}

#[test]
fn nearest_in_direction_table() {
    // A 3×3 grid, index = row·3 + column, 10 apart; y grows downwards.
    let grid: Vec<Point> = (0..9)
        .map(|i| p((i % 3) as f64 * 10.0, (i / 3) as f64 * 10.0))
        .collect();
    let stacked = [p(0.0, 0.0), p(0.0, 0.0), p(5.0, 0.0)];
    let skewed = [
        p(0.0, 0.0),
        p(5.0, 1.0),
        p(20.0, 0.0),
        p(3.0, -30.0),
        p(f64::NAN, 0.0),
    ];
    let table: &[(&[Point], usize, ArrowKey, Option<usize>)] = &[
        (&grid, 4, ArrowKey::Right, Some(5)),
        (&grid, 4, ArrowKey::Left, Some(3)),
        (&grid, 4, ArrowKey::Up, Some(1)),
        (&grid, 4, ArrowKey::Down, Some(7)),
        (&grid, 0, ArrowKey::Left, None),
        (&grid, 0, ArrowKey::Up, None),
        (&grid, 0, ArrowKey::Right, Some(1)),
        (&grid, 0, ArrowKey::Down, Some(3)),
        (&grid, 8, ArrowKey::Right, None),
        (&grid, 8, ArrowKey::Up, Some(5)),
        (&grid, 2, ArrowKey::Left, Some(1)),
        (&grid, 9, ArrowKey::Left, None),
        (&stacked, 0, ArrowKey::Right, Some(1)),
        (&stacked, 1, ArrowKey::Left, Some(0)),
        (&stacked, 1, ArrowKey::Right, Some(2)),
        (&stacked, 0, ArrowKey::Left, None),
        (&stacked, 0, ArrowKey::Down, Some(1)),
        (&skewed, 0, ArrowKey::Right, Some(1)),
        (&skewed, 0, ArrowKey::Up, Some(3)),
        (&skewed, 2, ArrowKey::Left, Some(1)),
        (&skewed, 4, ArrowKey::Left, None),
        (&[], 0, ArrowKey::Up, None),
    ];
    for &(points, current, key, expected) in table {
        assert_eq!(
            nearest_in_direction(points, current, key),
            expected,
            "from {current} {key:?} in {points:?}"
        );
    }
}

// ---------------------------------------------------------------- pareto

/// One row of the Pareto crossing table: a curve, a cut-off and what must come out.
struct Crossing {
    revenues: &'static [f64],
    cutoff: f64,
    dir: Dir,
    accounts: Option<usize>,
    rank_share: Option<f64>,
    x: Option<f64>,
    y: f64,
}

const fn crossing(
    revenues: &'static [f64],
    cutoff: f64,
    dir: Dir,
    accounts: Option<usize>,
    rank_share: Option<f64>,
    x: Option<f64>,
    y: f64,
) -> Crossing {
    Crossing {
        revenues,
        cutoff,
        dir,
        accounts,
        rank_share,
        x,
        y,
    }
}

#[test]
fn pareto_crossings_table() {
    // Default frame: plot x 56..504 in LTR (mirrored in RTL), y 372 (0%) .. 16 (100%).
    // (revenues, cut-off, dir, accounts, rank share %, crossing x, line y)
    const ABC: &[f64] = &[50.0, 30.0, 10.0, 5.0, 5.0];
    let table = [
        crossing(ABC, 0.8, LTR, Some(2), Some(40.0), Some(235.2), 87.2),
        crossing(ABC, 0.95, LTR, Some(4), Some(80.0), Some(414.4), 33.8),
        crossing(ABC, 0.8, RTL, Some(2), Some(40.0), Some(284.8), 87.2),
        crossing(
            &[60.0, 20.0, 20.0],
            0.7,
            LTR,
            Some(2),
            Some(50.0),
            Some(280.0),
            122.8,
        ),
        crossing(&[100.0], 0.8, LTR, Some(1), Some(80.0), Some(414.4), 87.2),
        crossing(
            &[100.0, 0.0, -5.0, f64::NAN],
            0.8,
            LTR,
            Some(1),
            Some(20.0),
            Some(145.6),
            87.2,
        ),
        crossing(
            &[10.0, 10.0],
            0.0,
            LTR,
            Some(0),
            Some(0.0),
            Some(56.0),
            372.0,
        ),
        crossing(
            &[10.0, 10.0],
            1.0,
            LTR,
            Some(2),
            Some(100.0),
            Some(504.0),
            16.0,
        ),
        crossing(
            &[10.0, 10.0],
            1.7,
            LTR,
            Some(2),
            Some(100.0),
            Some(504.0),
            16.0,
        ),
        crossing(&[0.0, 0.0], 0.8, LTR, None, None, None, 87.2),
        crossing(&[], 0.8, LTR, None, None, None, 87.2),
        crossing(
            &[f64::MAX, f64::MAX],
            0.5,
            LTR,
            Some(1),
            Some(50.0),
            Some(280.0),
            194.0,
        ),
    ];
    for case in table {
        let cutoffs = AbcCutoffs {
            a: case.cutoff,
            b: 1.0,
        };
        let chart = pareto(case.revenues, cutoffs, case.dir, &PlotLayout::default());
        let c = chart.cutoffs[0];
        let what = format!("{:?} at {} {:?}", case.revenues, case.cutoff, case.dir);
        assert_eq!(c.accounts, case.accounts, "{what}");
        assert_eq!(c.rank_share, case.rank_share, "{what}");
        assert_eq!(c.crossing_x, case.x, "{what}");
        assert_eq!(c.y, case.y, "{what}");
    }
}

#[test]
fn pareto_curve_path() {
    let table: &[(&[f64], Dir, &str)] = &[
        (&[1.0, 1.0], LTR, "M56 372L280 194L504 16"),
        (&[1.0, 1.0], RTL, "M464 372L240 194L16 16"),
        (&[3.0, 1.0], LTR, "M56 372L280 105L504 16"),
        (&[0.0, 0.0], LTR, "M56 372L280 372L504 372"),
        (&[], LTR, "M56 372"),
    ];
    for &(revenues, dir, path) in table {
        let chart: Pareto = pareto(revenues, AbcCutoffs::default(), dir, &PlotLayout::default());
        assert_eq!(chart.path, path, "{revenues:?} {dir:?}");
        assert_eq!(chart.points.len(), revenues.len() + 1);
    }
    let chart = pareto(
        &[1.0],
        AbcCutoffs {
            a: f64::NAN,
            b: -1.0,
        },
        LTR,
        &PlotLayout::default(),
    );
    assert_eq!((chart.cutoffs[0].share, chart.cutoffs[1].share), (0.8, 0.0));
}

// ---------------------------------------------------------------- awkward inputs

const AWKWARD: [f64; 14] = [
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    -1.0,
    0.0,
    -0.0,
    0.5,
    50.0,
    100.0,
    1e308,
    -1e308,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
];

/// Every number in a path string must parse and be finite.
fn path_ok(d: &str) -> bool {
    d.split(['M', 'L', 'Z', ' '])
        .filter(|t| !t.is_empty())
        .all(|t| t.parse::<f64>().is_ok_and(f64::is_finite))
}

fn all_finite(nums: &[f64]) -> bool {
    nums.iter().all(|v| v.is_finite())
}

fn rect_nums(r: &Rect) -> [f64; 4] {
    [r.x, r.y, r.width, r.height]
}

fn check_radar_finite(r: &Radar) {
    let mut nums = vec![
        r.view_box.width,
        r.view_box.height,
        r.center.x,
        r.center.y,
        r.radius,
    ];
    for a in &r.axes {
        nums.extend([
            a.angle_deg,
            a.end.x,
            a.end.y,
            a.point.x,
            a.point.y,
            a.label.x,
            a.label.y,
        ]);
        nums.extend(a.value);
    }
    assert!(all_finite(&nums), "{r:?}");
    assert!(
        path_ok(&r.data_path) && r.rings.iter().all(|g| path_ok(&g.path)),
        "{r:?}"
    );
}

fn check_bars_finite(c: &BarChart) {
    let mut nums = vec![c.view_box.width, c.view_box.height, c.label_max_width];
    for b in &c.bars {
        nums.extend(rect_nums(&b.track));
        nums.extend(rect_nums(&b.bar));
        nums.extend([b.label.x, b.label.y, b.value_pos.x, b.value_pos.y]);
        nums.extend(b.value);
    }
    assert!(all_finite(&nums), "{c:?}");
}

fn check_bubbles_finite(c: &BubbleChart) {
    let mut nums = vec![c.view_box.width, c.view_box.height, c.split_x, c.split_y];
    nums.extend(rect_nums(&c.plot));
    for q in &c.quadrants {
        nums.extend(rect_nums(&q.rect));
    }
    for t in c.x_ticks.iter().chain(&c.y_ticks) {
        nums.extend([t.value, t.pos]);
    }
    for b in &c.points {
        nums.extend([b.x, b.y, b.size, b.cx, b.cy, b.r]);
        assert!(b.r >= 0.0);
    }
    assert!(all_finite(&nums), "{c:?}");
    assert_eq!(c.points.len(), c.paint_order.len());
    for i in 0..c.points.len() {
        for key in [
            ArrowKey::Up,
            ArrowKey::Down,
            ArrowKey::Left,
            ArrowKey::Right,
        ] {
            assert!(c
                .nearest_in_direction(i, key)
                .is_none_or(|j| j < c.points.len() && j != i));
        }
    }
}

fn check_pareto_finite(c: &Pareto) {
    let mut nums = vec![c.view_box.width, c.view_box.height];
    nums.extend(rect_nums(&c.plot));
    for q in &c.points {
        nums.extend([q.x, q.y]);
    }
    for t in c.x_ticks.iter().chain(&c.y_ticks) {
        nums.extend([t.value, t.pos]);
    }
    for k in &c.cutoffs {
        nums.extend([k.share, k.y]);
        nums.extend(k.crossing_x);
        nums.extend(k.rank_share);
    }
    assert!(all_finite(&nums), "{c:?}");
    assert!(path_ok(&c.path), "{}", c.path);
    // The curve never goes down (y shrinks as the share grows).
    assert!(c.points.windows(2).all(|w| w[1].y <= w[0].y), "{}", c.path);
}

/// Lists of awkward values: empty, each single value, and sliding windows of
/// several lengths over the awkward values (including more than 20 radar axes).
fn awkward_lists() -> Vec<Vec<f64>> {
    let mut lists = vec![Vec::new()];
    lists.extend(AWKWARD.iter().map(|&v| vec![v]));
    for len in [2, 3, 4, 7, 21, 30] {
        for start in 0..AWKWARD.len() {
            lists.push(
                (0..len)
                    .map(|i| AWKWARD[(start + i * 5) % AWKWARD.len()])
                    .collect(),
            );
        }
    }
    lists
}

fn awkward_plot_layouts() -> Vec<PlotLayout> {
    let mut layouts = vec![PlotLayout::default()];
    for &v in &AWKWARD {
        layouts.push(PlotLayout {
            width: v,
            ..PlotLayout::default()
        });
        layouts.push(PlotLayout {
            margin_start: v,
            margin_bottom: v,
            ..PlotLayout::default()
        });
        layouts.push(PlotLayout {
            width: v,
            height: v,
            margin_start: v,
            margin_end: v,
            margin_top: v,
            margin_bottom: v,
        });
    }
    layouts
}

#[test]
fn awkward_inputs_never_give_nan_or_infinity() {
    let lists = awkward_lists();
    let mut radar_layouts = vec![RadarLayout::default()];
    let mut bar_layouts = vec![BarLayout::default()];
    let mut bubble_layouts = vec![BubbleLayout::default()];
    for &v in &AWKWARD {
        radar_layouts.push(RadarLayout {
            width: v,
            height: v,
            radius: v,
            label_gap: v,
        });
        radar_layouts.push(RadarLayout {
            radius: v,
            ..RadarLayout::default()
        });
        bar_layouts.push(BarLayout {
            width: v,
            padding: v,
            label_width: v,
            label_gap: v,
            bar_height: v,
            row_gap: v,
            value_gap: v,
            value_text_width: v,
        });
        bar_layouts.push(BarLayout {
            label_width: v,
            ..BarLayout::default()
        });
        bubble_layouts.push(BubbleLayout {
            r_max: v,
            r_min: v,
            ..BubbleLayout::default()
        });
        bubble_layouts.push(BubbleLayout {
            r_min: v,
            ..BubbleLayout::default()
        });
    }
    for layout in awkward_plot_layouts() {
        bubble_layouts.push(BubbleLayout {
            frame: layout,
            ..BubbleLayout::default()
        });
    }

    let mut checked = 0usize;
    for dir in [LTR, RTL] {
        for list in &lists {
            let options: Vec<Option<f64>> = list
                .iter()
                .enumerate()
                .map(|(i, &v)| if i % 3 == 2 { None } else { Some(v) })
                .collect();
            for layout in &radar_layouts {
                check_radar_finite(&radar(&options, dir, layout));
                checked += 1;
            }
            for layout in &bar_layouts {
                check_bars_finite(&bar_chart(&rows(&options), dir, layout));
                checked += 1;
            }
            let inputs: Vec<BubbleInput> = list
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let other = AWKWARD[(i * 7) % AWKWARD.len()];
                    input(&format!("{}", i % 3), v, other, list[(i + 1) % list.len()])
                })
                .collect();
            for (k, layout) in bubble_layouts.iter().enumerate() {
                let other = AWKWARD[k % AWKWARD.len()];
                let splits = Splits {
                    x: other,
                    y: list.first().copied().unwrap_or(50.0),
                };
                check_bubbles_finite(&bubble_chart(&inputs, splits, dir, layout));
                checked += 1;
            }
            for (k, layout) in awkward_plot_layouts().iter().enumerate() {
                let a = AWKWARD[k % AWKWARD.len()];
                let b = AWKWARD[(k + 3) % AWKWARD.len()];
                check_pareto_finite(&pareto(list, AbcCutoffs { a, b }, dir, layout));
                checked += 1;
            }
            for (k, &v) in AWKWARD.iter().enumerate() {
                let w = list.first().copied().unwrap_or(v);
                let ticks = nice_ticks(v, w, k * 3);
                assert!(
                    all_finite(&ticks) && ticks.len() <= 200,
                    "nice_ticks({v}, {w}) = {ticks:?}"
                );
                assert!(linear_scale((v, w), (w, v)).map(v).is_finite());
                assert!(
                    round2(v).is_finite() && fmt_num(v).parse::<f64>().is_ok_and(f64::is_finite)
                );
            }
        }
    }
    assert!(checked > 10_000, "the sweep ran ({checked} charts)");
}
