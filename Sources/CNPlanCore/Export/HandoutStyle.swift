/// The style sheet of the HTML handout, inline in each page: system fonts with CJK fallbacks (a
/// Chinese page puts its CJK fonts first), light colours only, and an A4 print layout where no
/// table, card or picture is cut across pages.
enum HandoutStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --rule: #d5dce4;
          --objective: #1f4e79; --segment: #0f766e; --behaviour: #b45309; --concept: #6d28d9; --impact: #15803d; }
        * { box-sizing: border-box; }
        html { background: #fff; }
        body { margin: 0 auto; max-width: 820px; padding: 28px 32px 32px; color: var(--ink); background: #fff;
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
            "Liberation Sans", "DejaVu Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
          overflow-wrap: break-word; line-break: strict; }
        html:lang(zh) body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
          "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", system-ui, sans-serif; }
        header { border-bottom: 2px solid var(--objective); padding-bottom: 8px; margin-bottom: 12px; }
        .kicker { margin: 0; color: var(--objective); font-size: 11px; font-weight: 600; letter-spacing: .06em;
          text-transform: uppercase; }
        h1 { margin: 2px 0 4px; font-size: 25px; line-height: 1.2; }
        .meta { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0; font-size: 12.5px; }
        .meta div { display: flex; gap: 5px; }
        .meta dt { color: var(--muted); }
        .meta dd { margin: 0; font-weight: 600; }
        .summary { margin: 0 0 6px; padding: 8px 12px; border-left: 3px solid var(--objective); background: #f3f6fa;
          font-size: 14.5px; }
        h2 { display: flex; align-items: center; gap: 8px; margin: 16px 0 7px; padding-bottom: 3px; font-size: 16px;
          border-bottom: 1px solid var(--rule); break-after: avoid; }
        h2 .n { display: inline-block; min-width: 20px; height: 20px; border: 1.5px solid currentColor;
          border-radius: 10px; font-size: 12px; line-height: 17px; text-align: center; }
        .step-1 h2 { color: var(--objective); } .step-2 h2 { color: var(--segment); }
        .step-3 h2 { color: var(--behaviour); } .step-4 h2 { color: var(--concept); }
        .step-5 h2 { color: var(--impact); }
        h3 { margin: 0 0 4px; font-size: 14px; line-height: 1.3; break-after: avoid; }
        .id { color: var(--muted); font-weight: 600; font-size: 12px; margin-right: 2px; }
        dl { margin: 0; }
        .objective div, .card dl div { display: grid; grid-template-columns: minmax(6em, 9.5em) 1fr; gap: 8px;
          padding: 1.5px 0; }
        .card dl div { grid-template-columns: minmax(5em, 7.5em) 1fr; }
        dt { color: var(--muted); font-size: 12px; padding-top: 1px; }
        dd { margin: 0; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 10px; }
        .card { border: 1px solid var(--rule); border-top: 3px solid var(--segment); border-radius: 5px;
          padding: 7px 10px 8px; font-size: 13px; break-inside: avoid; }
        .card.concept { border-top-color: var(--concept); }
        .unset, .none { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; font-size: 13px; break-inside: avoid; }
        th { text-align: left; vertical-align: bottom; color: var(--muted); font-size: 11.5px; font-weight: 600;
          word-break: keep-all; border-bottom: 1.5px solid #c4ccd6; padding: 3px 6px; }
        td { vertical-align: top; border-bottom: 1px solid #e6eaef; padding: 4px 6px; overflow-wrap: anywhere; }
        tr { break-inside: avoid; }
        th.chart { width: 11em; }
        td.chart svg { display: block; width: 100%; max-width: 170px; margin-top: 2px; }
        .split { display: grid; grid-template-columns: 1fr 250px; gap: 16px; align-items: start; }
        figure { margin: 0; break-inside: avoid; }
        figcaption, .unscored { margin: 2px 0 0; color: var(--muted); font-size: 11.5px; text-align: center; }
        svg { display: block; width: 100%; height: auto; }
        svg text { fill: var(--ink); }
        .map-section svg { margin-top: 4px; }
        .node rect { stroke-width: 1.2; }
        .node.plan rect { fill: #eaf1f8; stroke: var(--objective); }
        .node.segment rect { fill: #e7f4f2; stroke: var(--segment); }
        .node.behaviour rect { fill: #fdf3e6; stroke: var(--behaviour); }
        .node.concept rect { fill: #f1ecfb; stroke: var(--concept); }
        .node.impact rect { fill: #e9f5ed; stroke: var(--impact); }
        .tag, .head, .strong, .axis, .quadrant-name, .mark-text { font-weight: 700; }
        svg .head { fill: var(--muted); }
        .segment .tag { fill: var(--segment); } .concept .tag { fill: var(--concept); }
        .impact .tag, svg .strong { fill: var(--impact); }
        .edge { fill: none; stroke: #98a4b0; stroke-width: 1.2; }
        .edge.from-behaviour { stroke: #d9a66b; stroke-dasharray: 4 3; }
        .arrow { fill: #98a4b0; }
        .quadrant.q1 { fill: #e8f5ec; } .quadrant.q2 { fill: #edf1f8; }
        .quadrant.q3 { fill: #f5f6f8; } .quadrant.q4 { fill: #fbeeee; }
        .grid { stroke: #fff; stroke-width: 1; } .divide { stroke: #b7c0ca; stroke-width: 1; }
        svg .quadrant-name, svg .tick { fill: var(--muted); }
        .mark { fill: #fff; stroke: var(--ink); stroke-width: 1.3; }
        .step-3 .mark { stroke: var(--behaviour); } .step-4 .mark { stroke: var(--concept); }
        .bar.baseline { fill: #b3bdc8; } .bar.target { fill: var(--impact); }
        .zero { stroke: #8a96a3; stroke-width: 1; }
        svg .value { fill: var(--muted); }
        .dots { color: var(--impact); letter-spacing: 1px; }
        .closing { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 0 18px; }
        .findings ul { margin: 0; padding-left: 0; list-style: none; }
        .findings li { margin: 2px 0; }
        .severity { display: inline-block; min-width: 4.5em; font-size: 11px; font-weight: 700;
          text-transform: uppercase; }
        .severity.error { color: #b42318; } .severity.warning { color: #a15c07; }
        .severity.info { color: var(--muted); }
        footer { margin-top: 18px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted);
          font-size: 11.5px; }
        @page { size: A4; margin: 10mm 12mm 10mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; }
          .summary { font-size: 9.5pt; }
          .card, table { font-size: 8.5pt; }
          h1 { font-size: 18pt; }
          h2 { font-size: 11.5pt; margin-top: 9px; }
          h3 { font-size: 9.5pt; margin: 4px 0 2px; }
          footer { margin-top: 6px; padding-top: 3px; }
          .map-section svg { max-height: 88mm; }
          section, .card, table, figure, tr, .summary { break-inside: avoid; }
          /* Two matrices, a map and the tables fit two pages when the pictures stay small on paper. */
          .split { grid-template-columns: 1fr 190px; gap: 10px; }
          .cards { gap: 6px; grid-template-columns: repeat(auto-fit, minmax(210px, 1fr)); }
          .card { padding: 5px 8px 6px; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        @media (max-width: 620px) { .split { grid-template-columns: 1fr; } .matrix-figure { max-width: 260px; } }
        """

    /// What the portfolio page (`cnplan report --format html`) adds to the handout's style sheet:
    /// a wider page, columns of numbers, the states' colours, the latest check-in's bar and its key.
    static let portfolio = """
        body.portfolio { max-width: 1040px; }
        .portfolio h2 { color: var(--objective); }
        th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.steps, .portfolio .dots { white-space: nowrap; }
        .sub { display: block; color: var(--muted); font-size: 11.5px; }
        .errors, .state.missed, .state.behind { color: #b42318; font-weight: 700; }
        .state { white-space: nowrap; font-weight: 600; }
        .state.onTrack { color: var(--objective); }
        .state.ahead, .state.reached { color: var(--impact); }
        .portfolio th.chart { width: 14em; word-break: normal; }
        .portfolio td.chart svg { margin-top: 0; }
        .bar.latest { fill: var(--objective); }
        .key { white-space: nowrap; }
        .swatch { display: inline-block; width: 9px; height: 9px; margin-right: 3px; border-radius: 1.5px; }
        .swatch.baseline { background: #b3bdc8; } .swatch.latest { background: var(--objective); }
        .swatch.target { background: var(--impact); }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 0 18px; }
        .columns td { overflow-wrap: normal; }
        @media print {
          /* A portfolio runs to many pages: its tables break between rows, each page with their heads. */
          .portfolio section, .portfolio table { break-inside: auto; }
          .portfolio thead { display: table-header-group; }
          .portfolio th.chart { width: 11em; }
          .portfolio td.chart svg { max-width: 34mm; }
        }
        """
}
