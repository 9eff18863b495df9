// The Corpus Timeline page: a static skeleton (filters, the regions the
// script fills) under a strict Content Security Policy. Nothing remote:
// the script and the stylesheet are the extension's own files, the script
// runs only with the page's nonce, and no inline style or handler is allowed.

export interface PageResources {
  /** The webview's cspSource: where its local resources are served from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** Fresh for each page, unguessable. */
  readonly nonce: string;
}

export function contentSecurityPolicy(r: PageResources): string {
  return [
    "default-src 'none'",
    `style-src ${r.cspSource}`,
    `script-src 'nonce-${r.nonce}'`,
    `font-src ${r.cspSource}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function timelineHtml(r: PageResources): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(r)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${r.styleUri}">
<title>Corpus Timeline</title>
</head>
<body>
<main>
<h1>Corpus Timeline</h1>
<p id="summary" role="status" aria-live="polite">Loading…</p>
<form id="filters" role="search" aria-label="Filter the timeline">
<div class="combo"><label for="entity">Entity</label>
<input id="entity" type="search" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="entity-options" placeholder="Any entity">
<ul id="entity-options" role="listbox" aria-label="Entities"></ul></div>
<label class="check"><input id="scope" type="checkbox"> anywhere in the article, not only in the same sentence</label>
<div class="combo"><label for="article">Article</label>
<input id="article" type="search" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="article-options" placeholder="Any article">
<ul id="article-options" role="listbox" aria-label="Articles"></ul></div>
<button type="button" data-action="clear">Clear Filters</button>
</form>
<section aria-labelledby="axis-heading">
<h2 id="axis-heading">Dates in time</h2>
<div class="toolbar"><button type="button" data-action="zoom-out" id="zoom-out" disabled>Zoom Out</button>
<span class="legend"><span class="key lane-day"></span>day or week <span class="key lane-month"></span>month or season <span class="key lane-year"></span>year or decade</span></div>
<div id="axis" role="grid" aria-label="Dates by period: arrow keys move, Enter zooms in, Escape zooms out"></div>
<div id="ticks" aria-hidden="true"></div>
</section>
<section aria-labelledby="events-heading">
<h2 id="events-heading">Events</h2>
<ol id="events" aria-label="Dates: arrow keys move, Enter opens the article there"></ol>
<div id="pager"></div>
</section>
<section aria-labelledby="together-heading">
<h2 id="together-heading">Mentioned in the same articles</h2>
<div id="together"></div>
</section>
<section aria-labelledby="unresolved-heading">
<h2 id="unresolved-heading">Dates of an unknown year</h2>
<div id="unresolved"></div>
</section>
</main>
<script nonce="${r.nonce}" src="${r.scriptUri}"></script>
</body>
</html>`;
}

