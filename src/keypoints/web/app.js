// keypoints page: all user text is inserted with textContent / text nodes, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let mode = "brief";
let uploadedHtml = null;

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setMode(next) {
  mode = next;
  $("mode-brief").classList.toggle("active", next === "brief");
  $("mode-check").classList.toggle("active", next === "check");
  $("mode-brief").setAttribute("aria-selected", String(next === "brief"));
  $("mode-check").setAttribute("aria-selected", String(next === "check"));
  $("check-box").hidden = next !== "check";
  $("go").textContent = next === "brief" ? "Get Key Points" : "Check key points";
}

async function post(path, body) {
  const res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: "the server sent an unreadable reply" }));
  if (!res.ok) throw new Error(data.error || `request failed (${res.status})`);
  return data;
}

// The API's offsets count Unicode code points (Python's text[start:end]); JavaScript strings index
// UTF-16 code units, where an emoji or other astral character takes two. Returns a function mapping
// a code-point offset to a UTF-16 index, so highlights stay on the evidence after such characters.
function codePointToUtf16(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i; // no surrogate pairs: the two counts agree
  const index = [0];
  let unit = 0;
  for (const ch of text) { unit += ch.length; index.push(unit); } // for...of steps by code point
  return (i) => index[Math.max(0, Math.min(i, index.length - 1))];
}

// Render the article text with the given evidence ranges (code-point offsets from the API) wrapped
// in spans tagged by owner index.
function renderArticle(text, codePointRanges) {
  const view = $("article-view");
  view.replaceChildren();
  const at = codePointToUtf16(text);
  const ranges = codePointRanges.map((r) => ({ start: at(r.start), end: at(r.end), owner: r.owner, role: r.role }));
  const sorted = ranges.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const r of sorted) {
    if (r.start < pos) { // overlapping evidence: tag the existing span instead of nesting
      const prev = view.lastChild;
      if (prev && prev.dataset) prev.dataset.owners += " " + r.owner;
      continue;
    }
    if (r.start > pos) view.appendChild(document.createTextNode(text.slice(pos, r.start)));
    // What the article says instead of a contradicted point is marked apart from supporting evidence.
    const span = el("span", r.role === "contradiction" ? "ev contra" : "ev", text.slice(r.start, r.end));
    span.dataset.owners = String(r.owner);
    view.appendChild(span);
    pos = r.end;
  }
  if (pos < text.length) view.appendChild(document.createTextNode(text.slice(pos)));
}

function highlight(owner, scroll) {
  document.querySelectorAll("#bullets li").forEach((li) => li.classList.toggle("active", li.dataset.owner === String(owner)));
  let first = null;
  document.querySelectorAll("#article-view .ev").forEach((span) => {
    const on = span.dataset.owners.split(" ").includes(String(owner));
    span.classList.toggle("active", on);
    if (on && !first) first = span;
  });
  if (scroll && first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function bulletItem(owner, cls) {
  const li = el("li", cls);
  li.dataset.owner = String(owner);
  li.tabIndex = 0;
  li.addEventListener("mouseenter", () => highlight(owner, false));
  li.addEventListener("click", () => highlight(owner, true));
  li.addEventListener("focus", () => highlight(owner, true));
  return li;
}

function showBrief(data, text) {
  $("result-title").textContent = data.title ? `Key Points — ${data.title}` : "Key Points";
  const list = $("bullets");
  list.replaceChildren();
  const ranges = [];
  data.key_points.forEach((kp, i) => {
    const li = bulletItem(i);
    li.textContent = kp.text;
    list.appendChild(li);
    kp.spans.forEach(([start, end]) => ranges.push({ start, end, owner: i }));
  });
  if (!data.key_points.length) list.appendChild(el("li", "", "No sentence could stand alone as a key point."));
  renderArticle(text, ranges);
}

function showCheck(data, text) {
  $("result-title").textContent = `Check — score ${data.score.toFixed(2)}`;
  const list = $("bullets");
  list.replaceChildren();
  const ranges = [];
  data.key_points.forEach((v, i) => {
    const li = bulletItem(i, v.verdict);
    li.appendChild(el("span", "verdict", v.verdict));
    li.appendChild(document.createTextNode(v.key_point));
    v.reasons.forEach((r) => li.appendChild(el("span", "reason", r)));
    list.appendChild(li);
    v.evidence.forEach((e) => ranges.push({ start: e.start, end: e.end, owner: i, role: e.role }));
  });
  renderArticle(text, ranges);
}

function showFacts(data) {
  const figures = $("figures");
  const quotes = $("quotes");
  figures.replaceChildren();
  quotes.replaceChildren();
  data.figures.forEach((f) => {
    const hedge = f.hedge ? `${f.hedge} ` : "";
    const counted = f.counted ? ` (${f.counted})` : "";
    figures.appendChild(el("li", "", `${f.text} — ${hedge}${f.value.toLocaleString()} ${f.unit}${counted}`));
  });
  data.quotes.forEach((q) => quotes.appendChild(el("li", "", `“${q.text}” — ${q.speaker || "unattributed"}`)));
  if (!data.figures.length) figures.appendChild(el("li", "", "none found"));
  if (!data.quotes.length) quotes.appendChild(el("li", "", "none found"));
}

function clearResults() {
  $("result-title").textContent = "Key Points";
  ["bullets", "article-view", "figures", "quotes"].forEach((id) => $(id).replaceChildren());
}

async function go() {
  // An uploaded page is HTML; pasted text is left to the server's sniffing (a pasted page works too).
  const html = uploadedHtml !== null ? true : null;
  const source = html ? uploadedHtml : $("article").value;
  const status = $("status");
  status.className = "";
  clearResults(); // a failed request must not leave the last article's points under its error
  if (!source.trim()) { status.className = "error"; status.textContent = "Paste an article or upload a page first."; return; }
  status.textContent = "Working…";
  try {
    let text;
    if (mode === "brief") {
      const data = await post("/v1/brief", { text: source, html, points: Number($("points").value) || 3 });
      text = data.source_format === "html" ? data.extracted_text : source;
      showBrief(data, text);
      status.textContent = data.warnings.length ? data.warnings.join(" ") : "";
    } else {
      // Sent as typed: the server reads it as keypoints.check reads a string (a point per line, list marks
      // such as "- " and "2) " dropped but the minus of "-5C" kept, a "Key Points" heading line skipped).
      const own = $("own-points").value;
      const data = await post("/v1/check", { article: source, key_points: own.trim() ? own : null, html });
      text = data.source_format === "html" ? data.extracted_text : source;
      showCheck(data, text);
      status.textContent = (data.warnings || []).join(" "); // check replies carry warnings only when there are some
    }
    showFacts(await post("/v1/facts", { text: source, html }));
  } catch (err) {
    status.className = "error";
    status.textContent = err.message;
  }
}

// A saved page may be in a legacy charset: file.text() reads UTF-8 only, so a windows-1252 page's é, £ and ’
// all became U+FFFD. Read UTF-8 when the bytes are UTF-8, else the charset the page's <meta> declares, as
// keypoints.load does with the bytes of a file (browsers read a declared UTF-16 page as UTF-8 too).
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const CHARSET_SNIFF_BYTES = 8192;

async function readPage(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch (_) { /* not UTF-8 */ }
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const label = (META_CHARSET.exec(head) || [])[1];
  if (label && !/^utf-?(16|32)/i.test(label)) {
    try { return new TextDecoder(label).decode(bytes); } catch (_) { /* a label the browser does not know */ }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

$("mode-brief").addEventListener("click", () => setMode("brief"));
$("mode-check").addEventListener("click", () => setMode("check"));
$("go").addEventListener("click", go);
$("article").addEventListener("input", () => { uploadedHtml = null; });
$("upload").addEventListener("change", async (ev) => {
  const file = ev.target.files[0];
  if (!file) return;
  uploadedHtml = await readPage(file);
  $("article").value = "";
  $("article").placeholder = `Saved page: ${file.name}`;
});
