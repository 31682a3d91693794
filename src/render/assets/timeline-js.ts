// assets/timeline.js: optional filters for the timeline page. Without JavaScript the form stays
// hidden and every meeting shows; with it, choosing a person, kind or year hides the others in
// both the list and the drawing. Plain ES2017, no dependencies, loaded as an external file
// (the CSP allows only 'self' scripts).

export const TIMELINE_JS = `(function () {
  "use strict";
  var form = document.querySelector(".tl-filters");
  if (!form) return;
  form.hidden = false;
  var items = Array.prototype.slice.call(document.querySelectorAll(".tl-item, .tl-mark"));
  var count = form.querySelector(".tl-count");
  function matches(el, person, lane, year) {
    if (person && (" " + el.getAttribute("data-people") + " ").indexOf(" " + person + " ") < 0) return false;
    if (lane && el.getAttribute("data-lane") !== lane) return false;
    if (year && el.getAttribute("data-year") !== year) return false;
    return true;
  }
  function apply() {
    var person = form.elements.person.value, lane = form.elements.lane.value, year = form.elements.year.value;
    var shown = 0, total = 0;
    items.forEach(function (el) {
      var ok = matches(el, person, lane, year);
      el.classList.toggle("tl-hidden", !ok);
      if (el.classList.contains("tl-item")) { total++; if (ok) shown++; }
    });
    if (count) count.textContent = shown === total ? "" : shown + " of " + total + " meetings shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
`;
