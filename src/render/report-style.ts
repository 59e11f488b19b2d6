/**
 * The report's style sheet, inlined in the page. Colours: text at least
 * 7:1 on its background, links and controls at least 4.5:1, lines of the
 * charts at least 3:1 (and dashed, so colour is not the only cue); focus
 * always visible.
 */

export const reportStyle = `
:root {
  color-scheme: light;
  --text: #1a1a1a;
  --muted: #4d4d4d;
  --line: #c4c4c4;
  --faint: #f3f4f6;
  --accent: #0b5cad;
  --accent-bg: #e8f0fa;
  --soon: #8a4b00;
  --gone: #6b6b6b;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.45;
  color: var(--text);
  background: #fff;
}
body { margin: 0; }
header, main { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0.4rem 0; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 0.6rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
p { margin: 0.4rem 0; }
a { color: var(--accent); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; background: var(--faint); padding: 0 0.2em; border-radius: 3px; }
.muted { color: var(--muted); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; padding: 0; margin: 0.5rem 0 0.8rem; }
.skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.chart { display: block; width: 100%; max-width: 1000px; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--text); }
.chart .panel-title { font-size: 14px; font-weight: 600; }
.chart .grid { stroke: #e2e2e2; }
.chart .axis { stroke: #555; }
.chart .point { stroke: #fff; stroke-width: 1; }
.chart .point:hover { r: 5; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 27rem); gap: 1.5rem; align-items: start; }
.drop-columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .columns, .drop-columns { grid-template-columns: minmax(0, 1fr); } }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.4rem 0 0.6rem; }
.controls input[type="search"] { font: inherit; padding: 0.3rem 0.5rem; min-width: 16rem; border: 1px solid #767676; border-radius: 4px; }
.controls select { font: inherit; padding: 0.25rem; border: 1px solid #767676; border-radius: 4px; }
.scroll { max-height: 34rem; overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
th, td { text-align: left; padding: 0.3rem 0.55rem; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f7f7f7; border-bottom: 1px solid var(--line); z-index: 1; white-space: nowrap; }
td.number, th.number { text-align: right; }
th button.sort { font: inherit; font-weight: 600; color: var(--text); background: none; border: 0; padding: 0; cursor: pointer; }
.no-js th button.sort { cursor: default; }
th button.sort::after { content: ""; display: inline-block; width: 1em; color: var(--accent); }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; }
tbody tr:hover { background: var(--faint); }
tbody tr.selected { background: var(--accent-bg); }
button.entity { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-align: left; cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
.no-js button.entity { color: var(--text); text-decoration: none; cursor: text; }
.badge { display: inline-block; font-size: 0.8em; padding: 0 0.35em; margin-left: 0.35em; border: 1px solid currentColor; border-radius: 3px; }
.badge.soon { color: var(--soon); }
.badge.gone { color: var(--gone); }
.needs-js { display: none; }
.js .needs-js { display: block; }
.js .controls.needs-js { display: flex; }
.panel-box { border: 1px solid var(--line); border-radius: 4px; padding: 0.6rem 0.9rem; background: #fff; }
#timeline { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
#timeline h3:focus { outline: none; }
#timeline h3:focus-visible { outline: 3px solid var(--accent); }
.timeline-svg { display: block; width: 100%; height: auto; margin: 0.4rem 0; }
.timeline-svg text { font: 11px system-ui, sans-serif; fill: var(--text); }
.gantt-legend svg { vertical-align: middle; }
.intervals, .sentences { margin: 0.3rem 0; padding-left: 1.2rem; }
.sentences li { margin: 0.15rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.4rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.drop-zone { border: 2px dashed #767676; border-radius: 6px; padding: 1rem; margin: 0.5rem 0; }
.drop-zone.over { border-color: var(--accent); background: var(--accent-bg); }
.drop-zone input[type="file"] { font: inherit; }
.drop-result { max-height: 32rem; overflow: auto; }
.drop-result:empty { display: none; }
.error { color: #b3261e; font-weight: 600; }
details { margin: 0.3rem 0; }
details > summary { cursor: pointer; padding: 0.2rem 0; }
#changelog ul { margin: 0.2rem 0 0.6rem; padding-left: 1.3rem; }
#changelog li { margin: 0.1rem 0; }
footer { max-width: 1280px; margin: 2rem auto 1rem; padding: 0 1.25rem; color: var(--muted); font-size: 0.9rem; }
`
