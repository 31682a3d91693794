// assets/search.js: the search page's script. It reads the index the build writes under
// search/ (src/search/index.ts, README there): the manifest, the shards holding the query's
// terms, then the document records of the results shown. Every word must match (the last one
// as a prefix while typing); results are ranked by summed weights, ties in index order. Links
// are relative to the site root found from the script's own URL, so the site works under any
// path of any static server. Results are built as DOM nodes (text and <mark> only), never from
// markup. Plain ES2017 plus Unicode property escapes; no eval, no worker, no WebAssembly.

import { MAX_TOKEN } from "../../search/tokenize.ts";
import { SEARCH_MANIFEST } from "../../search/page.ts";

/** The tokeniser of src/search/tokenize.ts, rule for rule (a test runs both on the same strings). */
export const CLIENT_TOKENIZER = String.raw`
  var MAX_TOKEN = ${MAX_TOKEN};
  function isCjk(token) { return /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(token); }
  function tokenize(text) {
    var out = [], words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) || [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      if (/^[a-z0-9]+$/.test(word)) {
        if (word.length > 1) out.push(word.length > MAX_TOKEN ? word.slice(0, MAX_TOKEN) : word);
        continue;
      }
      var parts = word.normalize("NFKD").replace(/\p{M}+/gu, "").normalize("NFC").toLowerCase().replace(/ς/g, "σ").match(/[\p{L}\p{N}]+/gu) || [];
      for (var p = 0; p < parts.length; p++) {
        var segs = parts[p].match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu) || [];
        for (var s = 0; s < segs.length; s++) {
          var chars = Array.from(segs[s]);
          if (isCjk(segs[s])) {
            for (var i = 0; i < chars.length; i++) {
              out.push(chars[i]);
              if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
            }
          } else if (chars.length > 1) out.push(chars.length > MAX_TOKEN ? chars.slice(0, MAX_TOKEN).join("") : segs[s]);
        }
      }
    }
    return out;
  }
`;

/** The file names of src/search/page.ts (shardFile, SEARCH_DOCS). */
export const CLIENT_PATHS = String.raw`
  function shardFile(i) { return "search/index/" + i + ".json"; }
  function docsFile(k) { return "search/docs-" + k + ".json"; }
`;

/**
 * Finding documents, with no DOM: it needs `get(path, init)`, a promise of a parsed JSON file of
 * the site, and defines load, plan, search, records and marked. Tests run it on the build's files.
 */
export const CLIENT_ENGINE = String.raw`
  var PREFIX_SHARDS = 8, own = Object.prototype.hasOwnProperty;
  // The manifest is revalidated (the page itself never changes); the rest carry its version.
  function load() {
    return get(${JSON.stringify(SEARCH_MANIFEST)}, { cache: "no-cache" });
  }
  // The shard a term would be in: the last one whose first term is not after it (-1: none).
  function shardOf(m, term) {
    var lo = 0, hi = m.shards.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (m.shards[mid] <= term) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }
  // Every word must match; the last one as a prefix when the query ends inside it.
  function plan(m, raw) {
    var tokens = tokenize(raw);
    if (!tokens.length) return null;
    var last = tokens[tokens.length - 1], tail = raw.match(/[\p{L}\p{N}\p{M}]+$/u);
    var tailTokens = tail ? tokenize(tail[0]) : [];
    var prefix = !isCjk(last) && tailTokens[tailTokens.length - 1] === last ? last : null;
    // Terms starting with the prefix sort together, before prefix + "\uffff".
    var range = prefix === null ? [] : [shardOf(m, prefix), shardOf(m, prefix + "\uffff")];
    if (prefix !== null && range[1] - range[0] > PREFIX_SHARDS) prefix = null; // so common a start that it would fetch too much: the word as typed
    var exact = [];
    tokens.forEach(function (t, i) { if ((prefix === null || i < tokens.length - 1) && exact.indexOf(t) < 0) exact.push(t); });
    var shards = exact.map(function (t) { return shardOf(m, t); });
    if (prefix !== null) for (var k = range[0]; k <= range[1]; k++) shards.push(k);
    return { exact: exact, prefix: prefix, shards: shards.filter(function (k, i) { return k >= 0 && shards.indexOf(k) === i; }) };
  }
  function decode(list, into, full) {
    for (var i = 0, doc = 0; i < list.length; i += 2) {
      doc += list[i];
      var w = full ? list[i + 1] : Math.ceil(list[i + 1] / 2); // a longer word than typed counts half
      if (!(into.get(doc) >= w)) into.set(doc, w);
    }
    return into;
  }
  function search(m, q) {
    return Promise.all(q.shards.map(function (k) { return get(shardFile(k) + "?v=" + m.version); })).then(function (loaded) {
      var shard = new Map(q.shards.map(function (k, i) { return [k, loaded[i]]; }));
      var lists = [];
      for (var i = 0; i < q.exact.length; i++) {
        var s = shard.get(shardOf(m, q.exact[i]));
        if (!s || !own.call(s, q.exact[i])) return [];
        lists.push(decode(s[q.exact[i]], new Map(), true));
      }
      if (q.prefix !== null) {
        var merged = new Map();
        shard.forEach(function (s) {
          Object.keys(s).forEach(function (term) { if (term.indexOf(q.prefix) === 0) decode(s[term], merged, term === q.prefix); });
        });
        if (!merged.size) return [];
        lists.push(merged);
      }
      lists.sort(function (a, b) { return a.size - b.size; });
      var hits = [];
      lists[0].forEach(function (w, doc) {
        for (var j = 1; j < lists.length; j++) {
          var x = lists[j].get(doc);
          if (x === undefined) return;
          w += x;
        }
        hits.push([doc, w]);
      });
      return hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    });
  }
  function records(m, docs) {
    var ks = [];
    docs.forEach(function (d) { var k = Math.floor(d / m.docsPerFile); if (ks.indexOf(k) < 0) ks.push(k); });
    return Promise.all(ks.map(function (k) { return get(docsFile(k) + "?v=" + m.version); })).then(function (loaded) {
      return docs.map(function (d) { return loaded[ks.indexOf(Math.floor(d / m.docsPerFile))][d % m.docsPerFile]; });
    });
  }
  // Where a word of the shown text matches the query: the whole word, or in Han, kana and
  // Hangul text the query's runs of characters.
  function marked(word, q) {
    if (isCjk(word)) {
      var spans = [];
      q.exact.forEach(function (t) {
        if (!isCjk(t)) return;
        for (var at = word.indexOf(t); at >= 0; at = word.indexOf(t, at + 1)) spans.push([at, at + t.length]);
      });
      return spans.sort(function (a, b) { return a[0] - b[0]; }).reduce(function (out, s) {
        var last = out[out.length - 1];
        if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else out.push(s);
        return out;
      }, []);
    }
    var hit = tokenize(word).some(function (t) { return q.exact.indexOf(t) >= 0 || (q.prefix !== null && t.indexOf(q.prefix) === 0); });
    return hit ? [[0, word.length]] : [];
  }
`;

export const SEARCH_JS = String.raw`(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var script = document.currentScript;
  if (!form || !script) return;
  var input = form.elements.q;
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var siteRoot = new URL("../", script.src);
  var SHOWN = 20;
  var files = new Map(), latest = 0, timer = 0;
${CLIENT_TOKENIZER}${CLIENT_PATHS}${CLIENT_ENGINE}
  function say(text) { status.textContent = text; }
  // Each file is fetched once per page; a failed fetch is forgotten, so a later search retries.
  function get(path, init) {
    if (!files.has(path)) {
      var p = fetch(new URL(path, siteRoot).href, init).then(function (r) {
        if (!r.ok) throw new Error(path + ": HTTP " + r.status);
        return r.json();
      });
      files.set(path, p);
      p.catch(function () { files.delete(path); });
    }
    return files.get(path);
  }
  function excerpt(text, q) {
    var p = document.createElement("p"), re = /[\p{L}\p{N}\p{M}]+/gu, done = 0, m;
    p.className = "search-excerpt";
    function put(end, mark) {
      if (end <= done) return;
      var node = mark ? document.createElement("mark") : document.createTextNode("");
      node.textContent = text.slice(done, end);
      p.appendChild(node);
      done = end;
    }
    while ((m = re.exec(text))) {
      marked(m[0], q).forEach(function (s) {
        var from = m.index + s[0], to = m.index + s[1];
        if (to <= done) return;
        put(from, false);
        put(to, true);
      });
    }
    put(text.length, false);
    return p;
  }
  function item(r, q) {
    var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a"), meta = document.createElement("p");
    a.href = new URL(r[1], siteRoot).href;
    a.textContent = r[2] || r[1];
    h.appendChild(a);
    li.appendChild(h);
    meta.className = "meta";
    meta.textContent = r[3] ? r[0] + " · " + r[3] : r[0];
    li.appendChild(meta);
    if (r[4]) li.appendChild(excerpt(r[4], q));
    return li;
  }
  function run(raw) {
    var id = ++latest, query = raw.trim();
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
    if (!query) { list.replaceChildren(); say("Type a name, place or word to search the articles, people and meetings."); return; }
    say("Searching…");
    load().then(function (m) {
      var q = plan(m, raw);
      return (q ? search(m, q) : Promise.resolve([])).then(function (hits) {
        return records(m, hits.slice(0, SHOWN).map(function (h) { return h[0]; })).then(function (shown) {
          if (id !== latest) return;
          list.replaceChildren.apply(list, shown.map(function (r) { return item(r, q); }));
          var n = hits.length;
          say(n === 0 ? "No results for “" + query + "”." : n + " result" + (n === 1 ? "" : "s") + " for “" + query + "”" + (n > shown.length ? ", the first " + shown.length + " shown." : "."));
        });
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
