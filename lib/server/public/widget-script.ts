import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { de } from "@/messages/de";

const t = createTranslator(de);

/**
 * The embeddable directory widget: plain JavaScript for any website (e.g. WordPress).
 * It reads the feed from the origin it was loaded from — no other requests, no
 * cookies — and builds the list with DOM calls (never innerHTML), styled inline
 * so it inherits the host page's font and colours.
 *
 *   <div id="buendnis-partner"></div>
 *   <script src="https://crm.example.org/widget.js" data-target="#buendnis-partner" async></script>
 *
 * Options (data-* on the script tag): target (CSS selector; default: right after
 * the script), field (only one field of work, e.g. COURSES), heading (text; "" hides it).
 */
export function widgetScript(): string {
  const labels = {
    heading: t("public.widget.heading"),
    loading: t("public.widget.loading"),
    error: t("public.widget.error"),
    empty: t("public.widget.empty"),
    website: t("public.widget.website"),
    contact: t("public.widget.contact"),
    logoAlt: t("public.widget.logoAlt"),
  };
  return `/* Bündnis-CRM partner widget */
(function () {
  "use strict";
  var L = ${JSON.stringify(labels)};
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL(script.src, location.href).origin;
  var sel = script.getAttribute("data-target");
  var field = script.getAttribute("data-field");
  var headingText = script.hasAttribute("data-heading") ? script.getAttribute("data-heading") : L.heading;
  var root = sel ? document.querySelector(sel) : null;
  if (!root) {
    root = document.createElement("div");
    script.parentNode.insertBefore(root, script.nextSibling);
  }
  function el(tag, style, text) {
    var n = document.createElement(tag);
    if (style) n.setAttribute("style", style);
    if (text != null) n.textContent = text;
    return n;
  }
  function safeUrl(u) {
    try { var p = new URL(u); return p.protocol === "https:" || p.protocol === "http:" ? p.href : null; } catch (e) { return null; }
  }
  function status(text, role) {
    root.textContent = "";
    var p = el("p", "margin:0", text);
    p.setAttribute("role", role || "status");
    root.appendChild(p);
  }
  root.setAttribute("data-buendnis-widget", "");
  root.setAttribute("aria-busy", "true");
  status(L.loading);
  fetch(base + "/api/public/partners", { credentials: "omit", mode: "cors" })
    .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
    .then(function (data) {
      var list = (data.partners || []).filter(function (p) {
        return !field || p.fieldsOfWork.some(function (f) { return f.id === field; });
      });
      root.textContent = "";
      root.removeAttribute("aria-busy");
      if (headingText) root.appendChild(el("h2", "font-size:1.25em;margin:0 0 .75em", headingText));
      if (!list.length) { root.appendChild(el("p", "margin:0", L.empty)); return; }
      var ul = el("ul", "list-style:none;margin:0;padding:0;display:grid;gap:1em;grid-template-columns:repeat(auto-fill,minmax(15em,1fr))");
      list.forEach(function (p) {
        var li = el("li", "margin:0;padding:1em;border:1px solid rgba(127,127,127,.35);border-radius:6px");
        li.setAttribute("data-partner-id", p.id);
        if (p.logoUrl) {
          var img = el("img", "display:block;max-width:100%;height:auto;max-height:80px;object-fit:contain;margin:0 0 .5em");
          img.src = p.logoUrl; img.width = 160; img.height = 80; img.loading = "lazy"; img.decoding = "async";
          img.alt = L.logoAlt.replace("{name}", p.name);
          li.appendChild(img);
        }
        li.appendChild(el("h3", "font-size:1.05em;margin:0 0 .4em", p.name));
        if (p.description.length) {
          var d = el("ul", "margin:0 0 .5em;padding-left:1.2em");
          p.description.forEach(function (b) { d.appendChild(el("li", "margin:0", b)); });
          li.appendChild(d);
        }
        if (p.fieldsOfWork.length) {
          li.appendChild(el("p", "margin:0 0 .5em;font-size:.875em;opacity:.8", p.fieldsOfWork.map(function (f) { return f.label; }).join(" · ")));
        }
        var web = p.website && safeUrl(p.website);
        if (web) {
          var a = el("a", "", L.website);
          a.href = web; a.rel = "noopener noreferrer"; a.target = "_blank";
          var wp = el("p", "margin:0 0 .25em"); wp.appendChild(a); li.appendChild(wp);
        }
        if (p.contact) {
          var c = el("p", "margin:0;font-size:.875em");
          c.appendChild(el("span", "", L.contact + ": " + p.contact.name + (p.contact.function ? " (" + p.contact.function + ")" : "")));
          if (p.contact.email) { c.appendChild(document.createTextNode(" · ")); var m = el("a", "", p.contact.email); m.href = "mailto:" + p.contact.email; c.appendChild(m); }
          if (p.contact.phone) { c.appendChild(document.createTextNode(" · ")); var tel = el("a", "", p.contact.phone); tel.href = "tel:" + p.contact.phone.replace(/[^0-9+]/g, ""); c.appendChild(tel); }
          li.appendChild(c);
        }
        ul.appendChild(li);
      });
      root.appendChild(ul);
    })
    .catch(function () { root.removeAttribute("aria-busy"); status(L.error, "alert"); });
})();
`;
}
