/* Parallax report: link aligned facts across the articles.
   Reads only data-* attributes and writes only classes and textContent, so
   article text never reaches innerHTML. */
(function () {
  "use strict";
  var pinned = null;
  var status = document.getElementById("fact-status");

  function members(id) {
    return document.querySelectorAll('[data-fact="' + CSS.escape(id) + '"]');
  }

  function clear(cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
  }

  function describe(id) {
    var outlets = [];
    var state = "";
    members(id).forEach(function (el) {
      var col = el.closest("[data-outlet]");
      if (col && outlets.indexOf(col.dataset.outlet) < 0) outlets.push(col.dataset.outlet);
      if (el.dataset.status) state = el.dataset.status;
    });
    var label = {shared: "\u2713 shared", conflict: "\u2715 in conflict", unique: "\u25c6 unique", opinion: "\u275d opinion"}[state] || state;
    return "Fact " + id + " (" + label + "): " + (outlets.join(", ") || "no sentence") +
      (pinned ? ". Press Esc to clear." : "");
  }

  function show(id) {
    clear("hl");
    if (!id) {
      if (status) status.textContent = "";
      return;
    }
    members(id).forEach(function (el) { el.classList.add("hl"); });
    if (status) status.textContent = describe(id);
  }

  function scrollColumns(id, except) {
    document.querySelectorAll(".col .body").forEach(function (body) {
      var target = body.querySelector('.s[data-fact="' + CSS.escape(id) + '"]');
      if (!target || target === except || body.scrollHeight <= body.clientHeight) return;
      var top = target.offsetTop - body.offsetTop;
      if (top < body.scrollTop || top > body.scrollTop + body.clientHeight - 40) {
        body.scrollTop = Math.max(0, top - body.clientHeight / 3);
      }
    });
  }

  function pin(id, source) {
    clear("pin");
    if (!id || pinned === id) {
      pinned = null;
      show(null);
      return;
    }
    pinned = id;
    members(id).forEach(function (el) { el.classList.add("pin"); });
    show(id);
    var inArticle = source && source.classList.contains("s");
    if (!inArticle) {
      var first = document.querySelector('.col .s[data-fact="' + CSS.escape(id) + '"]');
      if (first) first.scrollIntoView({block: "center"});
    }
    scrollColumns(id, inArticle ? source : null);
  }

  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest(".s[data-fact]");
    if (el && !pinned) show(el.dataset.fact);
  });
  document.addEventListener("mouseout", function (e) {
    var el = e.target.closest && e.target.closest(".s[data-fact]");
    var to = e.relatedTarget && e.relatedTarget.closest && e.relatedTarget.closest(".s[data-fact]");
    if (el && !pinned && (!to || to.dataset.fact !== el.dataset.fact)) show(null);
  });
  document.addEventListener("focusin", function (e) {
    var el = e.target.closest && e.target.closest(".s[data-fact]");
    if (el && !pinned) show(el.dataset.fact);
  });
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest(".s.al[data-fact], .factref[data-fact]");
    if (el) pin(el.dataset.fact, el);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && pinned) {
      pin(null);
      return;
    }
    var el = e.target.closest && e.target.closest(".s.al[data-fact]");
    if (el && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      pin(el.dataset.fact, el);
    }
  });

  var filters = document.querySelector(".filters");
  if (filters) {
    filters.hidden = false;
    filters.addEventListener("change", function () {
      var on = {};
      filters.querySelectorAll("input[data-status]").forEach(function (box) { on[box.dataset.status] = box.checked; });
      document.querySelectorAll(".matrix tbody tr[data-status]").forEach(function (row) {
        row.hidden = !on[row.dataset.status];
      });
    });
  }

  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
