/* Material for MkDocs' inline storage scope (partials/javascripts/base.html), as a file so that the
   site works under Content-Security-Policy: script-src 'self'. tests/unit/test_theme_scripts.py
   checks that it stays the theme's own code. The scope is the site's root, three folders
   above this file (assets/javascripts/thema/), wherever the site is served. */
__md_scope=new URL("../../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
