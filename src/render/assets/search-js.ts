// assets/search.js: the search page's script. It loads the Pagefind bundle that the build
// writes to pagefind/ (its WebAssembly needs 'wasm-unsafe-eval', which only the search page's
// CSP grants), searches as the reader types, and lists results as links relative to the site
// root, so the site works under any path of any static server. Results are built as DOM
// nodes: titles as text, excerpts keeping only Pagefind's <mark> highlights. Without
// JavaScript the page explains that search needs it. Plain ES2017 plus dynamic import().

export const SEARCH_JS = `(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var script = document.currentScript;
  if (!form || !script) return;
  var input = form.elements.q;
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var siteRoot = new URL("../", script.src);
  var engine = null, latest = 0, timer = 0;

  function load() {
    if (!engine) engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (pf) {
      return pf.init().then(function () { return pf; });
    });
    return engine;
  }
  function say(text) { status.textContent = text; }
  function excerpt(markup) {
    var tpl = document.createElement("template"), p = document.createElement("p");
    tpl.innerHTML = markup;
    p.className = "search-excerpt";
    Array.prototype.forEach.call(tpl.content.childNodes, function (n) {
      if (n.nodeName === "MARK") { var m = document.createElement("mark"); m.textContent = n.textContent; p.appendChild(m); }
      else p.appendChild(document.createTextNode(n.textContent || ""));
    });
    return p;
  }
  function item(r) {
    var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a");
    a.href = new URL(String(r.url).replace(/^\\//, ""), siteRoot).href;
    a.textContent = (r.meta && r.meta.title) || r.url;
    h.appendChild(a);
    li.appendChild(h);
    if (r.meta && r.meta.kind) { var k = document.createElement("p"); k.className = "meta"; k.textContent = r.meta.kind; li.appendChild(k); }
    if (r.excerpt) li.appendChild(excerpt(r.excerpt));
    return li;
  }
  function run(query) {
    var id = ++latest;
    query = query.trim();
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
    if (!query) { list.replaceChildren(); say("Type a name, place or word to search the articles, people and meetings."); return; }
    say("Searching…");
    load().then(function (pf) { return pf.search(query); }).then(function (found) {
      return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (data) {
        if (id !== latest) return;
        list.replaceChildren.apply(list, data.map(item));
        var n = found.results.length;
        say(n === 0 ? "No results for “" + query + "”." : n + " result" + (n === 1 ? "" : "s") + " for “" + query + "”" + (n > data.length ? ", the first " + data.length + " shown." : "."));
      });
    }).catch(function () {
      if (id === latest) say("Search could not load. Browse the articles or the timeline instead.");
    });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(input.value); });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(input.value); }, 200); });
  input.value = new URLSearchParams(location.search).get("q") || "";
  run(input.value);
})();
`;
