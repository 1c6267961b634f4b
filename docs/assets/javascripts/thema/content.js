/* Material for MkDocs' inline tab choice (partials/javascripts/content.html), as a file so that the
   site works under Content-Security-Policy: script-src 'self'. tests/unit/test_theme_scripts.py
   checks that it stays the theme's own code. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
