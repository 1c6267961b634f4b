/* A page that moved (scripts/redirects.py): go to its new address and keep the #anchor,
   so an old link to a section still lands on that section. The new address is in the
   script tag's data-naar; without JavaScript the page's meta refresh does the same,
   without the anchor. */
location.replace(document.currentScript.dataset.naar + location.hash);
