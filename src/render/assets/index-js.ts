// assets/index.js: optional sorting and filters for the article list on the home page. Without
// JavaScript the form stays hidden and the list is newest first; with it, readers sort by date
// or title and filter by year, publisher or words in the headline. Plain ES2017, no
// dependencies, an external file (the CSP allows only 'self' scripts).

export const INDEX_JS = `(function () {
  "use strict";
  var form = document.querySelector(".list-filters");
  var list = document.querySelector(".article-list");
  if (!form || !list) return;
  form.hidden = false;
  var items = Array.prototype.slice.call(list.children);
  items.forEach(function (el, i) { el.setAttribute("data-order", String(i)); });
  var count = form.querySelector(".list-count");
  function apply() {
    var sort = form.elements.sort.value, year = form.elements.year.value, pub = form.elements.publisher.value;
    var words = form.elements.q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var sorted = items.slice().sort(function (a, b) {
      if (sort === "title") return a.getAttribute("data-title").localeCompare(b.getAttribute("data-title"));
      var d = Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
      return sort === "oldest" ? -d : d;
    });
    var shown = 0;
    sorted.forEach(function (el) {
      var title = el.getAttribute("data-title");
      var ok = (!year || el.getAttribute("data-year") === year) && (!pub || el.getAttribute("data-publisher") === pub) &&
        words.every(function (w) { return title.indexOf(w) >= 0; });
      el.hidden = !ok;
      if (ok) shown++;
      list.appendChild(el);
    });
    if (count) count.textContent = shown === items.length ? "" : shown + " of " + items.length + " articles shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
`;
