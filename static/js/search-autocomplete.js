/* Title suggestions for the search box: the ARIA 1.2 combobox pattern on top of a plain GET form.
   Without this script the form works as is. Keys: ↓/↑ move, Enter opens the highlighted method,
   Escape closes the list. Suggestions come from /sok/autocomplete/?q=… (JSON). */
(function () {
  "use strict";
  var input = document.querySelector("input[data-autocomplete-url]");
  if (!input || !window.fetch) return;

  var url = input.getAttribute("data-autocomplete-url");
  var listId = input.id + "-suggestions";
  var list = document.createElement("ul");
  var status = document.createElement("div");
  var items = [];
  var active = -1;
  var timer = null;
  var lastQuery = "";
  var controller = null;

  list.id = listId;
  list.className = "autocomplete-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    items.forEach(function (item, i) {
      item.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", items[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(suggestions) {
    list.textContent = "";
    items = suggestions.map(function (suggestion, index) {
      var item = document.createElement("li");
      item.id = listId + "-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = suggestion.url;
      item.textContent = suggestion.title;
      if (suggestion.centre) {
        var centre = document.createElement("span");
        centre.className = "autocomplete-centre";
        centre.textContent = " – " + suggestion.centre;
        item.appendChild(centre);
      }
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = suggestion.url;
      });
      list.appendChild(item);
      return item;
    });
    if (items.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      var template = input.getAttribute("data-autocomplete-count") || "%(count)s";
      status.textContent = template.replace("%(count)s", String(items.length));
    } else {
      close();
      status.textContent = "";
    }
    active = -1;
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) {
      render([]);
      return;
    }
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch(url + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (input.value.trim() === query) render(data.suggestions || []);
      })
      .catch(function () {});
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 200);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden && event.key !== "ArrowDown") return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden && items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      setActive(Math.min(active + 1, items.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(active - 1, -1));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].dataset.url;
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 150);
  });
})();
