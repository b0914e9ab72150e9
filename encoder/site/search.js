/* The site's search over titles and names (encoder transform --to site).
   The index is the array ENCODER_SITE_INDEX defined above this code, in the same file, so that
   the search works from files opened directly (file://) as well as from a server: nothing is
   fetched. Each entry: k kind, l label, h link, d date, s the strings searched.
   Results are built with DOM calls and textContent, never as markup. */
(function () {
  "use strict";
  var kinds = { article: "article", person: "person", place: "place", org: "organisation" };
  var index = (window.ENCODER_SITE_INDEX || []).map(function (entry) {
    return { entry: entry, text: entry.s.map(normal).join("\n") };
  });

  function normal(text) {
    return (text.normalize ? text.normalize("NFKC") : text).toLowerCase();
  }

  function find(query) {
    var wanted = normal(query.trim());
    if (!wanted) { return []; }
    return index.filter(function (item) { return item.text.indexOf(wanted) >= 0; })
                .map(function (item) { return item.entry; });
  }

  function show(found, list, status, query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    status.textContent = query.trim() ? found.length + (found.length === 1 ? " match" : " matches") : "";
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = kinds[entry.k] || entry.k;
      var link = document.createElement("a");
      link.href = entry.h;
      link.textContent = entry.l;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      if (entry.d) { item.appendChild(document.createTextNode(" (" + entry.d + ")")); }
      list.appendChild(item);
    });
  }

  function start() {
    var form = document.getElementById("search");
    if (!form) { return; }
    var input = document.getElementById("q");
    var list = document.getElementById("results");
    var status = document.getElementById("found");
    var run = function () { show(find(input.value), list, status, input.value); };
    form.hidden = false;
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; run(); }
  }

  start();
}());
