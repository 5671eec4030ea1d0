/*
 * Sapa's graceful start on old Office hosts. Volume-licensed Office through 2019 shows add-ins in Internet
 * Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot run the pane's module bundle: instead of an
 * empty white pane, say so in Kazakh and Russian (English for developers), name the versions that can, and
 * link to Sapa on the web at this server. Plain ES5 in a classic script of its own (the pane's CSP allows
 * no inline script), loaded before anything else; on those hosts nothing after it loads.
 */
(function () {
  var ua = window.navigator.userAgent;
  // Microsoft's documented test ("Support older Microsoft webviews"); Chromium Edge says "Edg/", not "Edge/".
  if (ua.indexOf("Trident") === -1 && ua.indexOf("Edge/") === -1) return;

  var origin = window.location.protocol + "//" + window.location.host;
  var webUrl = origin + "/app/";

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }

  var TEXTS = [
    {
      lang: "kk",
      title: "Excel-дің бұл нұсқасы Sapa тақтасын іске қоса алмайды",
      body:
        "Ол қосымшаларды ескі Internet Explorer 11 немесе Edge Legacy арқылы көрсетеді. Sapa тақтасы " +
        "Microsoft 365, Office 2021 және одан жаңа нұсқаларда, сондай-ақ браузердегі Excel-де (Excel on the web) жұмыс істейді.",
      action: "Жұмысты браузердегі Sapa-да жалғастырыңыз:",
      link: "Sapa-ны браузерде ашу",
      guide: "Sapa нұсқаулығы",
    },
    {
      lang: "ru",
      title: "Эта версия Excel не может запустить панель Sapa",
      body:
        "Она показывает надстройки через устаревший Internet Explorer 11 или Edge Legacy. Панель Sapa " +
        "работает в Microsoft 365, Office 2021 и новее, а также в Excel в браузере (Excel в Интернете).",
      action: "Продолжите работу в Sapa в браузере:",
      link: "Открыть Sapa в браузере",
      guide: "Руководство Sapa",
    },
    {
      lang: "en",
      title: "This Excel cannot run the Sapa pane",
      body:
        "It shows add-ins in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML). The pane runs in " +
        "Microsoft 365, Office 2021 or later, and Excel on the web.",
      action: "Use Sapa in the browser:",
      link: "Open Sapa in the browser",
      guide: "Sapa's guide",
    },
  ];

  var NOTE = "font-size:12px;color:#555";

  function tag(name, style, inner) {
    return "<" + name + ' style="' + style + '">' + inner + "</" + name + ">";
  }

  function section(t) {
    var developers = t.lang === "en";
    var link = '<a data-legacy-link="' + t.lang + '" href="' + escapeHtml(webUrl) + '" target="_blank">';
    return [
      '<section lang="' + t.lang + '" style="margin-bottom:16px;' + (developers ? NOTE : "") + '">',
      tag("h2", "margin:0 0 6px;font-size:" + (developers ? "13px" : "16px"), escapeHtml(t.title)),
      tag("p", "margin:0 0 6px", escapeHtml(t.body)),
      tag(
        "p",
        "margin:0",
        escapeHtml(t.action) +
          " " +
          link +
          escapeHtml(t.link) +
          "</a><br />" +
          tag("span", NOTE, escapeHtml(webUrl))
      ),
      // The users' guide in this language (built with the pane).
      t.guide
        ? tag(
            "p",
            "margin:6px 0 0",
            '<a data-legacy-guide="' +
              t.lang +
              '" href="' +
              escapeHtml(origin + "/guide-" + t.lang + ".html") +
              '" target="_blank">' +
              escapeHtml(t.guide) +
              "</a>"
          )
        : "",
      "</section>",
    ].join("");
  }

  var html =
    '<div id="legacy-host" style="margin:0;padding:12px;line-height:1.4;font-family:Segoe UI,Arial,sans-serif">';
  for (var i = 0; i < TEXTS.length; i++) html += section(TEXTS[i]);
  html += "</div>";
  // The message, then a <plaintext> that turns the rest of the page into inert text: office.js and the
  // module bundle after this script never become script elements, so nothing else loads or runs.
  document.write(html + '<plaintext style="display:none">');
})();
