// Suggestions as you type in the search box (issue 12). Optional: without this script the box is
// an ordinary search field. It fills a <datalist> from /sok/forslag/, which the browser shows
// under the field; no inline script, so the Content-Security-Policy's script-src 'self' holds.
(function () {
  "use strict";
  var input = document.querySelector("input[data-forslag]");
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement("datalist");
  list.id = "sok-forslag";
  input.parentNode.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var asked = "";

  function fill(words) {
    list.textContent = "";
    words.forEach(function (word) {
      var option = document.createElement("option");
      option.value = word;
      list.appendChild(option);
    });
  }

  function ask() {
    var text = input.value.trim();
    if (text.length < 2 || text === asked) {
      return;
    }
    asked = text;
    fetch(input.dataset.forslag + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { forslag: [] }; })
      .then(function (data) { if (data.q === input.value.trim()) { fill(data.forslag || []); } })
      .catch(function () { fill([]); });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });
})();
