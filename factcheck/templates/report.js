"use strict";
(function () {
  var data = JSON.parse(document.getElementById("factcheck-data").textContent);
  var form = document.getElementById("filter");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  var current = -1;

  function sentences(id) { return document.querySelectorAll('span.s[data-s="' + id + '"]'); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function clear(cls) { each(document.querySelectorAll("." + cls), function (e) { e.classList.remove(cls); }); }
  function reveal(id) { var first = sentences(id)[0]; if (first) first.scrollIntoView({block: "center"}); }

  // a sentence's aligned partners light up and scroll into view
  function partner(id, scroll) {
    clear("partner");
    (data.partners[id] || []).forEach(function (other) {
      each(sentences(other), function (e) { e.classList.add("partner"); });
      if (scroll) reveal(other);
    });
  }
  each(document.querySelectorAll("span.s"), function (s) {
    var id = s.getAttribute("data-s");
    s.addEventListener("mouseenter", function () { partner(id, false); });
    s.addEventListener("click", function (ev) {
      var mark = ev.target.closest("mark[data-f]");
      if (mark) { select(items.indexOf(document.getElementById("f" + mark.getAttribute("data-f").split(" ")[0]))); return; }
      partner(id, true);
    });
  });

  // a finding: both spans marked, both sentences shown
  function select(k) {
    if (k < 0 || k >= items.length) return;
    current = k;
    var li = items[k], id = li.getAttribute("data-f"), pair = data.findings[id];
    clear("current"); clear("active"); clear("partner");
    li.classList.add("current");
    li.scrollIntoView({block: "nearest"});
    marks.forEach(function (m) {
      if (m.getAttribute("data-f").split(" ").indexOf(id) >= 0) m.classList.add("active");
    });
    pair.forEach(function (sid) { each(sentences(sid), function (e) { e.classList.add("partner"); }); reveal(sid); });
  }
  items.forEach(function (li, k) {
    li.addEventListener("click", function () { select(k); });
    li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(k); });
  });
  each(document.querySelectorAll("ul.only-list li"), function (li) {
    li.addEventListener("click", function () { clear("partner"); var id = li.getAttribute("data-s");
      each(sentences(id), function (e) { e.classList.add("partner"); }); reveal(id); });
  });

  // the filter: verdicts, the least confidence, statements only in one report
  function apply() {
    var shown = {}, least = parseFloat(form.elements.confidence.value);
    each(form.querySelectorAll('input[name="verdict"]'), function (c) { shown[c.value] = c.checked; });
    form.elements.shown.value = least.toFixed(2);
    var visible = {};
    items.forEach(function (li) {
      var ok = shown[li.getAttribute("data-verdict")] && parseFloat(li.getAttribute("data-confidence")) >= least;
      li.hidden = !ok;
      if (ok) visible[li.getAttribute("data-f")] = true;
    });
    marks.forEach(function (m) {
      var any = m.getAttribute("data-f").split(" ").some(function (f) { return visible[f]; });
      m.classList.toggle("off", !any);
    });
    document.body.classList.toggle("show-only", form.elements.only.checked);
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);

  // keyboard: j / n next finding, k / p previous, among those the filter shows
  document.addEventListener("keydown", function (ev) {
    if (ev.target.tagName === "INPUT" || ev.metaKey || ev.ctrlKey || ev.altKey) return;
    var step = {j: 1, n: 1, k: -1, p: -1}[ev.key];
    if (!step) return;
    for (var k = current + step; k >= 0 && k < items.length; k += step) {
      if (!items[k].hidden) { select(k); ev.preventDefault(); return; }
    }
  });
  apply();
})();
