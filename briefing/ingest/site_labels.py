"""Link labels of a site's controls in the languages ``web_chrome``'s first list lacks.

A page copied from a browser carries the site's controls, each alone on its line: the
skip link over the menu ("Hopp til innhold", "Gå direkt till sidans innehåll", "Zum
Inhalt"), the way back to the top ("Til toppen", "Do góry"), the privacy and cookie
links of the footer ("Personvern", "Hantera kakor", "Polityka prywatności"), signing in
and subscribing ("Logga in", "Prenumerera", "Suscríbete"), sharing ("Udostępnij",
"Поделиться"). Without a few of them known, ``web_chrome`` took a Norwegian, Swedish,
Ukrainian or Spanish news site's copy for a text with no chrome, and kept all its
menus. What holds for them in any language: the whole line is the control's label,
a command or a landmark's name, never a line a release prints alone. Words that are
also ordinary words of another language ("del", "dela", "topo") or that may head the
release's own contact card ("Kontakt") are left out, and so are a topic's names a release
heads a section with, as "Data protection" is in English: "Tietosuoja", "Ochrana
osobních údajů" (data protection), "Haku" (an application round, as well as search).
"""

from __future__ import annotations

SITE_LABELS = frozenset(
    {
        # Skip links over the page's menu.
        "skip to navigation", "skip to search", "skip to footer", "jump to navigation",
        "jump to content", "jump to main content", "hopp til innhold",
        "hopp til hovedinnhold", "gå direkt till sidans innehåll", "gå direkt till innehållet",
        "gå till innehåll", "hoppa till innehåll", "hoppa till huvudinnehåll",
        "spring til indhold", "gå til indhold", "gå til hovedindhold", "siirry sisältöön",
        "siirry pääsisältöön", "zum inhalt", "zum hauptinhalt", "direkt zum inhalt",
        "zur navigation", "zur suche", "aller au contenu", "aller au contenu principal",
        "passer au contenu", "aller à la navigation", "ir al contenido",
        "saltar al contenido", "ir al contenido principal", "saltar al contenido principal",
        "vai al contenuto", "salta al contenuto", "vai al contenuto principale",
        "ir para o conteúdo", "saltar para o conteúdo", "ir para o conteúdo principal",
        "naar de inhoud", "ga naar inhoud", "ga direct naar inhoud", "naar hoofdinhoud",
        "przejdź do treści", "przejdź do głównej treści", "přejít k obsahu",
        "přejít na obsah", "preskočiť na obsah", "prejsť na obsah", "перейти к содержанию",
        "перейти к основному содержанию", "перейти до змісту", "перейти до основного змісту",
        "ugrás a tartalomhoz", "sari la conținut", "içeriğe geç", "ana içeriğe geç",
        "içeriğe atla", "chuyển đến nội dung", "μετάβαση στο περιεχόμενο",
        # Back to the top of the page.
        "til toppen", "tilbake til toppen", "till toppen", "tillbaka till toppen",
        "till sidans topp", "til toppen af siden", "tilbage til toppen", "takaisin ylös",
        "sivun alkuun", "naar boven", "terug naar boven", "do góry", "na górę",
        "powrót do góry", "nahoru", "zpět nahoru", "na začiatok", "вгору", "нагору",
        "voltar ao topo", "başa dön", "yukarı çık", "lên đầu trang",
        # The footer's privacy and cookie links.
        "personvern", "personvernerklæring", "informasjonskapsler",
        "informasjonskapsler (cookies)", "integritetspolicy", "hantera kakor", "kakpolicy",
        "om kakor", "cookiepolicy", "privatlivspolitik", "privatlivspolitik og cookies",
        "tietosuojaseloste", "evästeet", "evästeasetukset", "privacybeleid",
        "privacyverklaring", "cookiebeleid", "cookie-instellingen", "cookie-einstellungen",
        "cookie-richtlinie", "cookie-richtlinien", "datenschutzeinstellungen",
        "datenschutzhinweise", "polityka prywatności", "polityka cookies",
        "ustawienia cookies", "zásady ochrany osobních údajů",
        "zásady používání cookies", "política de privacidade", "política de cookies",
        "configuración de cookies", "informativa privacy", "informativa sui cookie",
        "cookie policy e privacy", "politique de confidentialité", "gestion des cookies",
        "paramètres des cookies", "politique de cookies", "политика конфиденциальности",
        "політика конфіденційності", "gizlilik politikası", "çerez politikası",
        "chính sách bảo mật", "privacy settings", "manage cookies", "cookie preferences",
        "do not sell my personal information", "do not sell my info",
        # Signing in, subscribing, the reader's account.
        "logga in", "logg inn", "log ind", "kirjaudu", "kirjaudu sisään", "inloggen",
        "zaloguj się", "zaloguj", "přihlásit se", "přihlásit", "prihlásiť sa", "увійти",
        "giriş yap", "oturum aç", "sign out", "log out", "logga ut", "logg ut",
        "abmelden", "déconnexion", "cerrar sesión", "prenumerera", "abonner", "abonnér",
        "tilaa", "abonneren", "abonnieren", "jetzt abonnieren", "suscríbete",
        "suscribirse", "assine", "assinar", "abbonati", "s'abonner", "abonnez-vous",
        "subskrybuj", "zaprenumeruj", "předplatné", "подписаться", "підписатися",
        "abone ol", "create account", "create an account", "my account", "mein konto",
        "mon compte", "mi cuenta", "min side", "mina sidor",
        # Sharing and printing the page.
        "dela artikeln", "dela artikel", "kopiera länk", "länk kopierad", "del artikkelen",
        "del artiklen", "jaa artikkeli",
        "udostępnij", "sdílet", "zdieľať", "поделиться", "поділитися", "paylaş",
        "chia sẻ", "condividi", "condividi su facebook", "compartilhar",
        "compartilhe", "partager sur facebook", "partager sur twitter", "artikel teilen",
        "beitrag teilen", "link copied", "copy link", "link kopieren", "lien copié",
        "skriv ut", "tulosta", "afdrukken", "drukuj", "tisk", "vytisknout", "друк",
        "yazdır", "in bài viết", "copy link thành công",
        # The search box and the menu's own buttons.
        "suche", "søk", "sök", "zoeken", "szukaj", "vyhledat", "hledat",
        "поиск", "пошук", "buscar", "rechercher", "pesquisar", "tìm kiếm", "toggle navigation",
        "open menu", "close menu", "main navigation", "hauptmenü", "hauptnavigation",
        "menü", "menu principal", "menú", "menú principal", "hlavní menu", "zavřít menu",
        "hovedmeny", "huvudmeny", "päävalikko", "hoofdmenu", "головне меню", "главное меню",
        # Home, the latest news, the writers' address, following the site elsewhere.
        "hlavní stránka", "startseite", "forside", "startsida", "etusivu", "strona główna",
        "mới nhất", "últimas noticias", "ultime notizie", "últimas notícias",
        "najnowsze", "nejnovější", "siste nytt", "senaste nytt", "neueste artikel",
        "napište nám", "síguenos en", "seguici su", "siga-nos",
        "suivez-nous sur", "folge uns", "følg oss", "följ oss", "seuraa meitä",
        "lesen sie mehr zum thema", "mehr zum thema", "mehr zu diesem thema",
    }
)  # fmt: skip


def is_site_label(norm: str) -> bool:
    """``norm`` (a line lower-cased, its separators stripped) is one of these labels."""
    return norm in SITE_LABELS
