// Progressive enhancement of the report: filters, keyboard navigation, the current finding.
// Without JS the page is complete: every claim is listed and linked (#c12 <-> #t-c12).
// State lives in the address: "#c12&v=conflicting,unknown&k=weekday" (current claim,
// verdicts shown, kinds shown), so a filtered view can be shared. No request is made.
(function () {
  "use strict";
  var form = document.querySelector(".filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var panel = document.querySelector(".claims");
  var help = document.getElementById("help");
  var shown = document.querySelector(".filters .shown");
  var current = null;

  function boxes(name) {
    return form ? Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]")) : [];
  }
  function mark(id) { return document.getElementById("t-" + id); }

  // --- the address ---------------------------------------------------------------
  function parseHash() {
    var state = { claim: null, v: null, k: null };
    var raw = location.hash.replace(/^#/, "");
    raw.split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq > 0) {
        var key = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
        if (key === "v" || key === "k") {
          state[key] = value ? value.split(",") : [];
        }
      } else if (/^(t-)?c\d+$/.test(part)) {
        state.claim = part.replace(/^t-/, "");
      }
    });
    return state;
  }
  function checked(name) {
    var all = boxes(name), on = all.filter(function (b) { return b.checked; });
    return on.length === all.length ? null : on.map(function (b) { return b.value; });
  }
  function writeHash() {
    var parts = [];
    if (current) { parts.push(current); }
    ["v", "k"].forEach(function (name) {
      var values = checked(name);
      if (values) { parts.push(name + "=" + values.map(encodeURIComponent).join(",")); }
    });
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash !== location.hash) {
      history.replaceState(null, "", hash || location.pathname + location.search);
    }
  }

  // --- filters -----------------------------------------------------------------------
  function applyFilters() {
    var v = checked("v"), k = checked("k"), visible = 0;
    findings.forEach(function (item) {
      var hide = (v && v.indexOf(item.getAttribute("data-verdict")) < 0) ||
                 (k && k.indexOf(item.getAttribute("data-kind")) < 0);
      item.classList.toggle("filtered", !!hide);
      var m = mark(item.id);
      if (m) { m.classList.toggle("filtered", !!hide); }
      if (!hide) { visible += 1; }
    });
    if (shown) {
      shown.textContent = visible === findings.length ? "" :
        visible + " of " + findings.length + " claims shown";
    }
    if (current && document.getElementById(current).classList.contains("filtered")) {
      select(null);
    }
  }
  function setFilters(state) {
    boxes("v").forEach(function (b) { b.checked = !state.v || state.v.indexOf(b.value) >= 0; });
    boxes("k").forEach(function (b) { b.checked = !state.k || state.k.indexOf(b.value) >= 0; });
    applyFilters();
  }

  // --- the current finding ----------------------------------------------------------
  function wide() { return panel && getComputedStyle(panel).position === "sticky"; }
  function scrollPanelTo(item) {
    if (!wide()) { return false; }
    var top = item.offsetTop - panel.offsetTop, bottom = top + item.offsetHeight;
    if (top < panel.scrollTop || bottom > panel.scrollTop + panel.clientHeight) {
      panel.scrollTop = Math.max(0, top - 16);
    }
    return true;
  }
  function select(id, how) {
    if (current) {
      var old = document.getElementById(current), oldMark = mark(current);
      if (old) { old.classList.remove("current"); }
      if (oldMark) { oldMark.classList.remove("current"); }
    }
    current = id;
    if (id) {
      var item = document.getElementById(id), m = mark(id);
      item.classList.add("current");
      if (m) { m.classList.add("current"); }
      if (how === "move") {
        if (scrollPanelTo(item)) {
          if (m) { m.scrollIntoView({ block: "center" }); }
        } else {
          item.scrollIntoView({ block: "start" });
        }
        item.focus({ preventScroll: true });
      } else if (how === "peek") {
        scrollPanelTo(item);
      }
    }
    writeHash();
  }
  function step(delta) {
    var visible = findings.filter(function (f) { return !f.classList.contains("filtered"); });
    if (!visible.length) { return; }
    var at = current ? visible.map(function (f) { return f.id; }).indexOf(current) : -1;
    var next = at < 0 ? (delta > 0 ? 0 : visible.length - 1)
                      : Math.min(visible.length - 1, Math.max(0, at + delta));
    select(visible[next].id, "move");
  }

  // --- help --------------------------------------------------------------------------
  function toggleHelp(open) {
    if (!help) { return; }
    help.hidden = open === undefined ? !help.hidden : !open;
    if (!help.hidden) { help.focus(); }
  }

  // --- wiring ----------------------------------------------------------------------
  if (form) {
    form.hidden = false;
    form.addEventListener("change", function () { applyFilters(); writeHash(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) { el.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll("[data-only]"), function (link) {
    link.addEventListener("click", function (e) {
      e.preventDefault();
      var only = link.getAttribute("data-only");
      var state = { v: checked("v") };
      // A second click on the same count shows everything again.
      setFilters({ v: state.v && state.v.length === 1 && state.v[0] === only ? null : [only], k: checked("k") });
      writeHash();
    });
  });
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var target = link.getAttribute("href").slice(1);
    if (/^c\d+$/.test(target) && document.getElementById(target)) {
      e.preventDefault();  // a claim in the text: show its finding, keep the filters
      select(target, "move");
    } else if (/^t-c\d+$/.test(target) && document.getElementById(target)) {
      e.preventDefault();  // "show in the text"
      select(target.slice(2));
      document.getElementById(target).scrollIntoView({ block: "center" });
      document.getElementById(target).querySelector("a").focus({ preventScroll: true });
    }
  });
  document.addEventListener("focusin", function (e) {
    var m = e.target.closest ? e.target.closest("mark.claim") : null;
    if (m) { select(m.getAttribute("data-claim"), "peek"); }
  });
  if (help) {
    help.querySelector(".close").addEventListener("click", function () { toggleHelp(false); });
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" && e.target.type !== "checkbox" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    else if (e.key === "?") { toggleHelp(); e.preventDefault(); }
    else if (e.key === "Escape" && help && !help.hidden) { toggleHelp(false); e.preventDefault(); }
    else if (e.key === "t" && current && mark(current)) {
      mark(current).scrollIntoView({ block: "center" });
      mark(current).querySelector("a").focus({ preventScroll: true });
      e.preventDefault();
    }
  });
  window.addEventListener("hashchange", function () { restore(); });

  function restore() {
    var state = parseHash();
    setFilters(state);
    if (state.claim && document.getElementById(state.claim)) {
      select(state.claim, "move");
    }
  }
  restore();
})();
