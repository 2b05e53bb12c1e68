/**
 * The preview's stylesheet. Colours come from VS Code's theme variables, so light, dark and high
 * contrast themes all read well; the print rules give a plain page when the preview is printed.
 */
export const previewCss = `
body { margin: 0; padding: 0 26px 4em; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family), "Hiragino Sans", "Noto Sans JP", "IPAGothic", Meiryo, sans-serif; font-size: var(--vscode-font-size, 14px); line-height: 1.75; word-wrap: break-word; }
.policy-preview { max-width: 52rem; margin: 0 auto; padding-top: 1em; }
:lang(ja) { line-break: strict; overflow-wrap: anywhere; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; margin: 1.6em 0 0.6em; font-weight: 600; }
h1[data-line], h2[data-line], h3[data-line], h4[data-line], h5[data-line], h6[data-line] { cursor: pointer; }
h1 { font-size: 1.8em; padding-bottom: 0.3em; border-bottom: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); }
h2 { font-size: 1.4em; padding-bottom: 0.25em; border-bottom: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); }
h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
.pseudo-heading { border-bottom-style: dashed; }
p, ul, ol, table, blockquote, pre { margin: 0 0 0.9em; }
ul, ol { padding-left: 2em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid var(--vscode-editorGroup-border, rgba(128, 128, 128, 0.4)); padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
th { background: var(--vscode-keybindingTable-headerBackground, rgba(128, 128, 128, 0.12)); }
tbody tr:nth-child(even) { background: var(--vscode-keybindingTable-rowsBackground, rgba(128, 128, 128, 0.06)); }
blockquote { margin-left: 0; padding: 0 1em; border-left: 4px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
code, pre { font-family: var(--vscode-editor-font-family); font-size: 0.92em; }
pre { padding: 0.8em 1em; overflow-x: auto; background: var(--vscode-textCodeBlock-background); }
:not(pre) > code { padding: 0.1em 0.3em; background: var(--vscode-textCodeBlock-background); border-radius: 3px; }
hr { border: 0; border-top: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); }
img { max-width: 100%; }
.clause { border-left: 3px solid var(--vscode-textLink-foreground); padding-left: 2.2em; }
.clause-missing { color: var(--vscode-errorForeground); }
.active-line { box-shadow: -10px 0 0 -6px var(--vscode-editorCursor-foreground, var(--vscode-focusBorder)); }
.has-finding { position: relative; }
.has-finding::before { content: ""; position: absolute; left: -18px; top: 0.35em; width: 4px; height: 1.1em; border-radius: 2px; }
.finding-error::before { background: var(--vscode-editorError-foreground, #e51400); }
.finding-warning::before { background: var(--vscode-editorWarning-foreground, #bf8803); }
.finding-info::before { background: var(--vscode-editorInfo-foreground, #1a85ff); }
.finding-hint::before { background: var(--vscode-editorHint-foreground, #6c6c6c); }
body.render-error::before { content: attr(data-error); display: block; margin: 0.5em 0; padding: 0.4em 0.8em; color: var(--vscode-errorForeground); border: 1px solid var(--vscode-inputValidation-errorBorder, currentColor); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
body.vscode-high-contrast h1, body.vscode-high-contrast h2 { border-bottom-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast th, body.vscode-high-contrast td { border-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast .active-line { outline: 1px dashed var(--vscode-contrastActiveBorder); box-shadow: none; }
@media print {
  body { color: #000; background: #fff; padding: 0; font-size: 10.5pt; }
  .policy-preview { max-width: none; }
  a { color: #000; }
  th, td { border-color: #999; }
  th, tbody tr:nth-child(even) { background: #f2f2f2; }
  .active-line { box-shadow: none; outline: none; }
  .has-finding::before, body.render-error::before { display: none; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, li, blockquote, pre { break-inside: avoid; }
}
`.trim();
