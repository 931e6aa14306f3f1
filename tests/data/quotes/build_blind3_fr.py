# ruff: noqa: E501, RUF001
"""Builds blind3_fr.jsonl: a third blind French quotation set (written for depeche, CC0).

Eight French news articles written from scratch, with invented people and places, by a helper
who never read the quotes code, the dev set or the other blind sets, so that the score on this
file is an honest estimate on unseen news text. Beats and outlets: regional daily (faits divers
and municipal council), national politics (Assemblée, gouvernement), economy and social (strike,
unions, management), an AFP wire dispatch, sport (post-match reactions), culture (festival,
interview-style portrait with a multi-paragraph quote), justice (assize trial, lawyers "Me X")
and international diplomacy with translated quotes. Each keeps the scraping residue of its page
(bylines, dates, "Lire aussi", share lines, newsletter pitch, photo credits). Padding inside
« » varies: NBSP, NNBSP, plain spaces, none; one article uses straight double quotes.

Gold follows build_dev.py: quotations in order, speaker as the canonical full name the document
gives (titles dropped, organisations by their full name, unnamed people by the head of their
role, None when nobody is identifiable), mention and cue as strings or ``(context, string)``
pairs found nearest to the quotation. Titles, names and slogans in marks are ``non_quotes``.

Do not tune the extractor on this file.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind3-fr01",
    "fr",
    f"""Incendie de l’entrepôt Maréchal : «{NB}On a cru que tout le quartier allait brûler{NB}», témoigne une riveraine

Villeneuve-sur-Ource
Par Damien Roussel
Publié le 14/10/2026 à 07h12 · Mis à jour le 14/10/2026 à 11h35

Un violent incendie a ravagé, dans la nuit de dimanche à lundi, un entrepôt de matériaux de la zone artisanale des Grands-Prés, à Villeneuve-sur-Ource. Aucune victime n’est à déplorer, mais une trentaine d’habitants de la rue des Tanneurs ont été évacués par précaution.
Le feu s’est déclaré peu après 2 heures du matin dans le bâtiment de 1 800 m² de la société Maréchal Matériaux. Près de soixante sapeurs-pompiers ont été mobilisés. «{NB}Le bâtiment était entièrement embrasé à notre arrivée. Notre priorité a été d’empêcher la propagation aux habitations voisines{NB}», a expliqué le commandant Éric Lansac, qui dirigeait les opérations. Le feu a été déclaré maîtrisé vers 6 h 30.
Photo L’Écho du Val / D. Roussel
Josiane Perrot, 67 ans, habite juste en face. «{NB}On a cru que tout le quartier allait brûler. Les flammes montaient plus haut que les peupliers{NB}», raconte-t-elle, encore sous le choc. Son voisin, Mathis, un étudiant de 22 ans, a filmé la scène depuis son balcon : «{NB}Il y avait des explosions toutes les deux minutes, on aurait dit un feu d’artifice.{NB}»
Selon la gendarmerie, chargée de l’enquête, l’origine du sinistre reste «{NB}indéterminée{NB}» à ce stade. Le parquet de Montaubert n’exclut aucune piste.
Le gérant, Thierry Maréchal, se dit «{NB}anéanti{NB}». «{NB}C’est quarante ans de travail, celui de mon père et le mien, qui sont partis en fumée{NB}», a-t-il confié à L’Écho du Val. Les douze salariés de l’entreprise seront placés en chômage partiel.
Lire aussi : Villeneuve-sur-Ource : la zone des Grands-Prés va s’agrandir
Le sujet s’est invité lundi soir au conseil municipal. Le maire, Patrick Guéméné (divers droite), a annoncé le déblocage d’une aide d’urgence de 20 000 euros. «{NB}La commune sera aux côtés de l’entreprise et de ses salariés, a-t-il assuré. Nous chercherons avec eux un local provisoire dès cette semaine.{NB}»
L’opposition a salué le geste, mais réclame un audit de sécurité de toute la zone. «{NB}Ce n’est pas le premier départ de feu aux Grands-Prés. Il faut enfin des bornes incendie dignes de ce nom{NB}», a insisté la conseillère d’opposition Nadia Ferhat, tête de liste de «{NB}Villeneuve Autrement{NB}». Le maire lui a répondu que les travaux étaient «{NB}programmés pour 2027{NB}» et que le budget était déjà voté.
Les élus ont également adopté, à l’unanimité, la hausse des tarifs de la cantine scolaire et le nouveau règlement du marché du samedi.
Partager
Facebook Twitter E-mail Copier le lien
Newsletter L’Écho du Val : recevez chaque matin l’essentiel de l’actualité de votre commune. Je m’inscris""",
    [
        (
            "On a cru que tout le quartier allait brûler",
            "Josiane Perrot",
            "une riveraine",
            "témoigne",
        ),
        (
            "Le bâtiment était entièrement embrasé à notre arrivée. Notre priorité a été d’empêcher la propagation aux habitations voisines",
            "Éric Lansac",
            "commandant Éric Lansac",
            "a expliqué",
        ),
        (
            "On a cru que tout le quartier allait brûler. Les flammes montaient plus haut que les peupliers",
            "Josiane Perrot",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "Il y avait des explosions toutes les deux minutes, on aurait dit un feu d’artifice.",
            "Mathis",
            "Mathis",
            None,
        ),
        ("indéterminée", "gendarmerie", "la gendarmerie", "Selon"),
        ("anéanti", "Thierry Maréchal", "Thierry Maréchal", "se dit"),
        (
            "C’est quarante ans de travail, celui de mon père et le mien, qui sont partis en fumée",
            "Thierry Maréchal",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "La commune sera aux côtés de l’entreprise et de ses salariés,",
            "Patrick Guéméné",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Nous chercherons avec eux un local provisoire dès cette semaine.",
            "Patrick Guéméné",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Ce n’est pas le premier départ de feu aux Grands-Prés. Il faut enfin des bornes incendie dignes de ce nom",
            "Nadia Ferhat",
            "Nadia Ferhat",
            "a insisté",
        ),
        ("programmés pour 2027", "Patrick Guéméné", ("Le maire lui", "Le maire"), "a répondu"),
    ],
    ["Villeneuve Autrement"],
)

article(
    "blind3-fr02",
    "fr",
    f"""Budget de la Sécurité sociale : Agnès Montredon dégaine le 49.3, la gauche dépose une motion de censure

Par Hélène Corbière
Publié aujourd’hui à 16h48, modifié à 18h02
Temps de Lecture 4 min.
Article réservé aux abonnés

Offrir cet article

Sans surprise, la première ministre, Agnès Montredon, a engagé mercredi la responsabilité de son gouvernement sur le projet de loi de financement de la Sécurité sociale (PLFSS), en vertu de l’article 49.3 de la Constitution. «{NNB}Le pays a besoin d’un budget. Je ne laisserai pas l’obstruction décider à la place des Français{NNB}», a-t-elle lancé à la tribune de l’Assemblée nationale, sous les huées d’une partie de l’hémicycle.
Dans la foulée, les groupes de gauche ont annoncé le dépôt d’une motion de censure. Le président du groupe écologiste, Bastien Krief, a dénoncé un «{NNB}passage en force de trop{NNB}». «{NNB}Madame la première ministre, vous gouvernez contre le Parlement et contre les retraités{NNB}», a-t-il ajouté, avant de regagner son banc.
Les députés de droite, dont les voix seront décisives, entretiennent le suspense. «{NNB}Nous lirons le texte de la motion avant de nous prononcer. Pas avant{NNB}», a simplement indiqué leur chef de file, Gérald Moutier, dans les couloirs du Palais-Bourbon.
Selon un proche de la première ministre, Matignon «{NNB}a fait ses comptes{NNB}» et ne redoute pas la censure. Un pari risqué : le gouvernement ne dispose que d’une majorité relative depuis les élections de juin.
Lire aussi | Article réservé à nos abonnés Retraites : ce que contient vraiment le gel des pensions
Le texte prévoit notamment un gel des pensions de base pendant six mois, qualifié d’«{NNB}injuste{NNB}» par l’ensemble des syndicats. Le ministre du travail, Rémi Castagnet, s’est efforcé de désamorcer la colère. «{NNB}Personne ne perdra un euro de pension, a-t-il assuré jeudi matin sur France Inter. Ce que nous demandons aux retraités, c’est un effort de quelques mois, pas un sacrifice.{NNB}»
L’argument n’a pas convaincu la secrétaire générale de la CFDT, Maryse Aubertin, qui juge l’effort «{NNB}mal réparti{NNB}». Elle a annoncé une journée de mobilisation le 4 décembre : «{NNB}Quand on demande des efforts aux plus modestes, on commence par montrer l’exemple.{NNB}»
Le gouvernement, lui, s’en tient au cap «{NNB}Zéro déficit en 2030{NNB}» fixé par Bercy au printemps. Dans un communiqué publié en fin d’après-midi, Matignon a rappelé que le recours au 49.3 était «{NNB}un outil prévu par la Constitution, et rien d’autre{NNB}».
La motion de censure sera examinée vendredi après-midi. Pour renverser le gouvernement, elle devra recueillir au moins 289 voix. En coulisses, plusieurs députés centristes confient leur lassitude. «{NNB}On vote les yeux fermés depuis trois mois{NNB}», soupire l’un d’eux, sous le couvert de l’anonymat.
Contribuer
Réutiliser ce contenu""",
    [
        (
            "Le pays a besoin d’un budget. Je ne laisserai pas l’obstruction décider à la place des Français",
            "Agnès Montredon",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("passage en force de trop", "Bastien Krief", "Bastien Krief", "a dénoncé"),
        (
            "Madame la première ministre, vous gouvernez contre le Parlement et contre les retraités",
            "Bastien Krief",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Nous lirons le texte de la motion avant de nous prononcer. Pas avant",
            "Gérald Moutier",
            "Gérald Moutier",
            "a simplement indiqué",
        ),
        ("a fait ses comptes", "proche", ("Selon un proche", "un proche"), "Selon"),
        ("injuste", "syndicats", "l’ensemble des syndicats", "qualifié"),
        (
            "Personne ne perdra un euro de pension,",
            "Rémi Castagnet",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Ce que nous demandons aux retraités, c’est un effort de quelques mois, pas un sacrifice.",
            "Rémi Castagnet",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("mal réparti", "Maryse Aubertin", "Maryse Aubertin", "juge"),
        (
            "Quand on demande des efforts aux plus modestes, on commence par montrer l’exemple.",
            "Maryse Aubertin",
            ("Elle a annoncé", "Elle"),
            "a annoncé",
        ),
        (
            "un outil prévu par la Constitution, et rien d’autre",
            "Matignon",
            ("Matignon a rappelé", "Matignon"),
            "a rappelé",
        ),
        (
            "On vote les yeux fermés depuis trois mois",
            "député",
            "l’un d’eux",
            "soupire",
        ),
    ],
    ["Zéro déficit en 2030"],
)

article(
    "blind3-fr03",
    "fr",
    """Grève aux Fonderies de la Vère : « On ne lâchera rien tant qu’on n’aura pas de garanties »

ÉCONOMIE. Le site de Saint-Médard-sur-Vère est à l’arrêt depuis lundi. Les salariés s’opposent au projet de délocalisation d’une partie de la production vers la Slovaquie.

Par Lucie Fontanel - 22 oct. 2026 à 19:30
Temps de lecture : 3 min

Devant les grilles fermées des Fonderies de la Vère, une cinquantaine de salariés se relaient jour et nuit autour d’un brasero. Depuis lundi, plus aucune pièce ne sort de l’usine, qui emploie 340 personnes et fournit des carters de moteur à plusieurs constructeurs automobiles.
À l’origine du conflit, l’annonce, le 15 octobre, du transfert de deux lignes de production vers l’usine slovaque du groupe, à Nitrava. Un plan qui menace 110 postes, selon l’intersyndicale. « On ne lâchera rien tant qu’on n’aura pas de garanties écrites sur l’emploi », prévient Sylvain Texier, délégué CGT, micro à la main. « La direction parle de "réorganisation". Nous, on appelle ça un plan social qui n’ose pas dire son nom. »
Le syndicat CFDT, majoritaire sur le site, a rejoint le mouvement mercredi. « Ce n’était pas notre premier choix, reconnaît sa représentante, Carole Machado. Mais on nous a présenté le projet comme une affaire déjà réglée. On n’a pas été consultés, on a été informés. »
Contactée par nos soins, la direction des Fonderies de la Vère assure que « aucun licenciement sec » n’est envisagé et que les salariés concernés se verront proposer « un reclassement sur le site ou dans le groupe ». « Le maintien de l’activité à Saint-Médard passe par cette adaptation. Sans elle, c’est l’ensemble du site qui serait menacé à moyen terme », indique-t-elle dans une déclaration écrite.
Lire aussi : Automobile : la filière des sous-traitants sous pression
Un argument qui ne convainc pas sur le piquet de grève. Un ouvrier de 52 ans, entré à l’usine à 19 ans et qui préfère taire son nom, résume l’état d’esprit général : « On a déjà fait les efforts en 2019. On a accepté de travailler le samedi. Et voilà le remerciement. »
Le député de la circonscription, Olivier Barthélémy, a écrit au gouvernement pour demander la tenue d’une table ronde. Le ministère de l’Industrie a répondu qu’il suivait « avec la plus grande attention » la situation du site. Une réunion est prévue lundi à la préfecture.
Le préfet, Jean-Baptiste Arnaud, a appelé les deux parties à « renouer le dialogue ». D’ici là, le mouvement est reconduit. Les grévistes organisent samedi une opération « usine ouverte » pour expliquer leur combat aux habitants.
Abonnez-vous à notre newsletter Économie
Partager cet article""",
    [
        (
            "On ne lâchera rien tant qu’on n’aura pas de garanties",
            "Sylvain Texier",
            None,
            None,
        ),
        (
            "On ne lâchera rien tant qu’on n’aura pas de garanties écrites sur l’emploi",
            "Sylvain Texier",
            "Sylvain Texier",
            "prévient",
        ),
        (
            'La direction parle de "réorganisation". Nous, on appelle ça un plan social qui n’ose pas dire son nom.',
            "Sylvain Texier",
            "Sylvain Texier",
            "prévient",
        ),
        (
            "Ce n’était pas notre premier choix,",
            "Carole Machado",
            "Carole Machado",
            "reconnaît",
        ),
        (
            "Mais on nous a présenté le projet comme une affaire déjà réglée. On n’a pas été consultés, on a été informés.",
            "Carole Machado",
            "Carole Machado",
            "reconnaît",
        ),
        (
            "aucun licenciement sec",
            "direction des Fonderies de la Vère",
            "la direction des Fonderies de la Vère",
            "assure",
        ),
        (
            "un reclassement sur le site ou dans le groupe",
            "direction des Fonderies de la Vère",
            "la direction des Fonderies de la Vère",
            "assure",
        ),
        (
            "Le maintien de l’activité à Saint-Médard passe par cette adaptation. Sans elle, c’est l’ensemble du site qui serait menacé à moyen terme",
            "direction des Fonderies de la Vère",
            ("indique-t-elle", "elle"),
            "indique-t-elle",
        ),
        (
            "On a déjà fait les efforts en 2019. On a accepté de travailler le samedi. Et voilà le remerciement.",
            "ouvrier",
            "Un ouvrier",
            "résume",
        ),
        (
            "avec la plus grande attention",
            "ministère de l’Industrie",
            "Le ministère de l’Industrie",
            "a répondu",
        ),
        ("renouer le dialogue", "Jean-Baptiste Arnaud", "Jean-Baptiste Arnaud", "a appelé"),
    ],
    ["usine ouverte"],
)

article(
    "blind3-fr04",
    "fr",
    """Finistère: un cargo s'échoue au large de l'île de Brénec, pas de pollution constatée

Brest, 3 nov 2026 (AFP) - Un cargo battant pavillon maltais s'est échoué dans la nuit de dimanche à lundi sur des hauts-fonds au large de l'île de Brénec (Finistère), sans faire de blessé parmi ses quatorze membres d'équipage, a annoncé la préfecture maritime de l'Atlantique.
Le «Nordvik Star», un vraquier de 120 mètres qui transportait des engrais entre Anvers et Bilbao, a touché le fond vers 3H30 par mauvais temps. «L'équipage est sain et sauf et le navire ne présente pas de voie d'eau à ce stade», a déclaré à l'AFP le porte-parole de la préfecture maritime, le capitaine de frégate Yann Kerhervé.
Un remorqueur d'intervention, l'«Abeille Bourbon», a été dépêché sur place. Selon la préfecture, une tentative de déséchouement pourrait avoir lieu à la marée haute de mardi, «si les conditions météorologiques le permettent».
Aucune pollution n'a été constatée lundi, a précisé la même source. Un avion des douanes a survolé la zone en fin de matinée. «Nous n'avons observé aucune irisation», a-t-on indiqué à la préfecture.
Le maire de l'île, Gwenaël Le Bihan, dit avoir été réveillé par les sirènes. «Les anciens disent qu'on n'avait pas vu un bateau de cette taille aussi près de la côte depuis 1978», a-t-il raconté à l'AFP par téléphone, évoquant une population «inquiète mais calme».
L'association de défense de l'environnement Mer Vivante a réclamé «une enquête approfondie» sur les circonstances de l'accident. «Comment un navire équipé des dernières technologies de navigation peut-il se retrouver sur des rochers connus de tous les pêcheurs du coin ?», s'est interrogée sa présidente, Anne-Sophie Goasdoué, dans un communiqué.
L'armateur, la société Hallmar Shipping, basée à La Valette, n'a pas souhaité faire de commentaire dans l'immédiat.
Le secteur de Brénec est réputé pour ses courants violents. En 2019, un chalutier espagnol s'y était déjà échoué, provoquant une pollution aux hydrocarbures sur une dizaine de kilomètres de côte.
Le parquet de Brest a ouvert une enquête pour mise en danger de la vie d'autrui, a-t-on appris de source judiciaire. Le commandant du navire, de nationalité ukrainienne, devait être entendu lundi après-midi par les enquêteurs de la gendarmerie maritime.
yk-mcl/gvy/cbn
© 2026 AFP""",
    [
        (
            "L'équipage est sain et sauf et le navire ne présente pas de voie d'eau à ce stade",
            "Yann Kerhervé",
            "capitaine de frégate Yann Kerhervé",
            "a déclaré",
        ),
        (
            "si les conditions météorologiques le permettent",
            "préfecture maritime de l'Atlantique",
            ("Selon la préfecture", "la préfecture"),
            "Selon",
        ),
        (
            "Nous n'avons observé aucune irisation",
            "préfecture maritime de l'Atlantique",
            ("à la préfecture", "la préfecture"),
            "a-t-on indiqué",
        ),
        (
            "Les anciens disent qu'on n'avait pas vu un bateau de cette taille aussi près de la côte depuis 1978",
            "Gwenaël Le Bihan",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        ("inquiète mais calme", "Gwenaël Le Bihan", ("a-t-il raconté", "il"), "évoquant"),
        ("une enquête approfondie", "Mer Vivante", "Mer Vivante", "a réclamé"),
        (
            "Comment un navire équipé des dernières technologies de navigation peut-il se retrouver sur des rochers connus de tous les pêcheurs du coin ?",
            "Anne-Sophie Goasdoué",
            "Anne-Sophie Goasdoué",
            "s'est interrogée",
        ),
    ],
    ["Nordvik Star", "Abeille Bourbon"],
)

article(
    "blind3-fr05",
    "fr",
    """Ligue 2 : Bréville arrache le nul à Saint-Castor, Karim Djebbar "fier de ses joueurs"

Réduits à dix dès la 38e minute, les Brévillois ont égalisé dans le temps additionnel (2-2). Les réactions d'après-match.

Par Rédaction Sports - Samedi 7 novembre 2026 à 23h14

FOOTBALL - On jouait la 94e minute quand Théo Lemasson a surgi au second poteau pour offrir un point précieux à l'US Bréville, samedi soir au stade de la Castine. Dans le parcage visiteurs, les 600 supporters brévillois ont aussitôt entonné "Bréville jusqu'au bout", le chant fétiche du club.
"On a montré un état d'esprit énorme. À dix contre onze pendant une heure, sur ce terrain, il fallait le faire", a savouré l'entraîneur brévillois Karim Djebbar au micro de beIN Sports. "Je suis fier de mes joueurs. Ce point, il vaut une victoire."
Le technicien n'a en revanche pas digéré l'expulsion de son défenseur Yanis Morel, jugée "sévère". "Il touche le ballon d'abord, a-t-il estimé. L'arbitre était à quarante mètres, il n'a rien vu."
Côté Saint-Castor, la frustration dominait. Les Castoriens menaient 2-1 depuis le doublé de leur attaquant Bastien Ollivier (52e, 71e). "On doit tuer le match. On a eu trois occasions franches pour faire 3-1 et on ne les met pas", a regretté leur capitaine Florian Dauvergne en zone mixte. "Ça fait la deuxième fois en trois semaines qu'on prend un but dans les arrêts de jeu. Ce n'est plus de la malchance."
Son entraîneur, Patrice Combaz, s'est montré plus mesuré en conférence de presse. "Il ne faut pas tout jeter. On a fait quarante bonnes minutes, on a été solides jusqu'à la 90e", a-t-il analysé, avant d'évoquer un "problème de concentration" sur les fins de match.
Le héros de la soirée, Théo Lemasson, 19 ans, savourait son premier but en professionnel. "J'ai fermé les yeux et j'ai frappé. Franchement, je ne sais même pas comment elle est rentrée", a confié le jeune attaquant en riant.
Avec ce nul, Bréville reste 8e du classement, à trois points de la zone de barrages. Saint-Castor recule à la 11e place. Prochain rendez-vous pour les Brévillois : la réception du leader, l'AS Plérin, vendredi prochain (20h45).
À lire aussi
Coupe de France : le tirage complet du 7e tour
Ligue 2 : le classement et les résultats de la 14e journée""",
    [
        ("fier de ses joueurs", "Karim Djebbar", "Karim Djebbar", None),
        (
            "On a montré un état d'esprit énorme. À dix contre onze pendant une heure, sur ce terrain, il fallait le faire",
            "Karim Djebbar",
            "Karim Djebbar",
            "a savouré",
        ),
        (
            "Je suis fier de mes joueurs. Ce point, il vaut une victoire.",
            "Karim Djebbar",
            "Karim Djebbar",
            "a savouré",
        ),
        ("sévère", "Karim Djebbar", "Le technicien", "jugée"),
        ("Il touche le ballon d'abord,", "Karim Djebbar", ("a-t-il estimé", "il"), "a-t-il estimé"),
        (
            "L'arbitre était à quarante mètres, il n'a rien vu.",
            "Karim Djebbar",
            ("a-t-il estimé", "il"),
            "a-t-il estimé",
        ),
        (
            "On doit tuer le match. On a eu trois occasions franches pour faire 3-1 et on ne les met pas",
            "Florian Dauvergne",
            "Florian Dauvergne",
            "a regretté",
        ),
        (
            "Ça fait la deuxième fois en trois semaines qu'on prend un but dans les arrêts de jeu. Ce n'est plus de la malchance.",
            "Florian Dauvergne",
            "Florian Dauvergne",
            "a regretté",
        ),
        (
            "Il ne faut pas tout jeter. On a fait quarante bonnes minutes, on a été solides jusqu'à la 90e",
            "Patrice Combaz",
            ("a-t-il analysé", "il"),
            "a-t-il analysé",
        ),
        ("problème de concentration", "Patrice Combaz", ("a-t-il analysé", "il"), "évoquer"),
        (
            "J'ai fermé les yeux et j'ai frappé. Franchement, je ne sais même pas comment elle est rentrée",
            "Théo Lemasson",
            "le jeune attaquant",
            "a confié",
        ),
    ],
    ["Bréville jusqu'au bout"],
)

article(
    "blind3-fr06",
    "fr",
    f"""Festival des Nuits de la Sauldre : Léa Montfaucon, la révélation qui refuse les étiquettes

CULTURE
Par Mathilde Arnoux
Le 18 juillet 2026 à 09h00
Lecture 5 min

Photo : Léa Montfaucon lors de la projection de son film, mercredi soir. © Festival des Nuits de la Sauldre / J. Perrin

Elle est arrivée à Romorantin-sur-Sauldre avec un premier long-métrage tourné en vingt-deux jours et un budget que d’autres dépenseraient en une semaine de tournage. Elle en repart avec le Grand Prix du jury et une file de distributeurs à sa porte. À 31 ans, Léa Montfaucon est la révélation de cette 14e édition des Nuits de la Sauldre.
Son film, «{NB}Les Heures creuses{NB}», suit une infirmière de nuit dans un hôpital de province. Pas de grand drame, pas de musique appuyée : une succession de gestes, de silences et de visages. «{NB}Je voulais filmer le travail, vraiment le travail, celui que personne ne regarde{NB}», explique la réalisatrice, attablée à la terrasse d’un café au lendemain de la cérémonie.
Elle a elle-même travaillé six ans comme aide-soignante avant d’intégrer une école de cinéma. Une expérience qu’elle raconte sans emphase, en pesant chaque mot :
«{NB}Les nuits à l’hôpital, on n’en parle jamais. Il y a une solidarité, une fatigue, une drôlerie aussi, qu’on ne retrouve nulle part ailleurs.
«{NB}Quand j’ai commencé à écrire, je me suis rendu compte que je n’avais jamais vu ça au cinéma. Alors je l’ai fait moi-même, avec les moyens que j’avais.{NB}»
Le président du jury, le cinéaste Bernard Vallauris, a salué lors de la remise des prix «{NB}un regard d’une justesse rare{NB}». «{NB}Nous avons été unanimes, et ce n’est pas si fréquent{NB}», a-t-il glissé en coulisses.
Tout n’a pourtant pas été simple. Le film a été refusé par deux commissions d’aide avant d’être financé en partie par une campagne participative. «{NB}On m’a dit que c’était trop lent, trop gris, pas assez “cinéma”. Aujourd’hui, ces mêmes personnes m’écrivent pour me féliciter{NB}», sourit-elle.
Son actrice principale, Salomé Dufresne, inconnue du grand public, partage l’affiche avec de véritables soignants. «{NB}Léa nous a fait passer trois nuits dans un vrai service avant le tournage. Après ça, on ne joue plus, on fait{NB}», confie la comédienne.
Le film sortira en salles le 12 novembre. Léa Montfaucon travaille déjà à son prochain projet, une adaptation libre du roman «{NB}La Route des Marais{NB}». Elle n’en dira pas plus : «{NB}Ça porte malheur de parler d’un film qui n’existe pas encore.{NB}»
Lire aussi : Nuits de la Sauldre 2026, le palmarès complet
Cet article vous a plu ? Recevez chaque vendredi notre lettre Culture.""",
    [
        (
            "Je voulais filmer le travail, vraiment le travail, celui que personne ne regarde",
            "Léa Montfaucon",
            "la réalisatrice",
            "explique",
        ),
        (
            "Les nuits à l’hôpital, on n’en parle jamais. Il y a une solidarité, une fatigue, une drôlerie aussi, qu’on ne retrouve nulle part ailleurs.",
            "Léa Montfaucon",
            ("qu’elle raconte", "elle"),
            "raconte",
        ),
        (
            "Quand j’ai commencé à écrire, je me suis rendu compte que je n’avais jamais vu ça au cinéma. Alors je l’ai fait moi-même, avec les moyens que j’avais.",
            "Léa Montfaucon",
            ("qu’elle raconte", "elle"),
            "raconte",
        ),
        (
            "un regard d’une justesse rare",
            "Bernard Vallauris",
            "Bernard Vallauris",
            "a salué",
        ),
        (
            "Nous avons été unanimes, et ce n’est pas si fréquent",
            "Bernard Vallauris",
            ("a-t-il glissé", "il"),
            "a-t-il glissé",
        ),
        (
            "On m’a dit que c’était trop lent, trop gris, pas assez “cinéma”. Aujourd’hui, ces mêmes personnes m’écrivent pour me féliciter",
            "Léa Montfaucon",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        (
            "Léa nous a fait passer trois nuits dans un vrai service avant le tournage. Après ça, on ne joue plus, on fait",
            "Salomé Dufresne",
            "la comédienne",
            "confie",
        ),
        (
            "Ça porte malheur de parler d’un film qui n’existe pas encore.",
            "Léa Montfaucon",
            ("Elle n’en dira pas plus", "Elle"),
            None,
        ),
    ],
    ["Les Heures creuses", "La Route des Marais"],
)

article(
    "blind3-fr07",
    "fr",
    f"""Procès de la rixe de la place du Marché : quinze ans de réclusion requis contre Kévin Ardouin

JUSTICE. L’avocate générale a requis jeudi quinze ans de réclusion criminelle contre l’accusé de 26 ans, jugé pour le meurtre de Julien Cazals en mars 2024. Verdict attendu vendredi.

Par Sébastien Villard
Publié le 05/12/2026 à 20h31

«{NB}Il n’y a pas eu de légitime défense. Il y a eu un homme à terre, et un autre qui a continué à frapper.{NB}» Devant la cour d’assises de Montaubert, l’avocate générale, Isabelle Rancurel, a longuement démonté jeudi la version de l’accusé, avant de requérir quinze ans de réclusion criminelle contre Kévin Ardouin.
Le 9 mars 2024, vers 2 heures du matin, une bagarre avait éclaté à la sortie d’un bar de la place du Marché. Julien Cazals, 34 ans, père de deux enfants, était mort quelques heures plus tard à l’hôpital, victime d’un traumatisme crânien. Depuis le début du procès, Kévin Ardouin affirme avoir été agressé le premier.
«{NB}Les images de vidéosurveillance sont claires, a insisté la magistrate. La victime recule, les mains ouvertes. C’est l’accusé qui avance.{NB}» Elle a demandé aux jurés de ne pas se laisser «{NB}attendrir{NB}» par les regrets exprimés à l’audience, qu’elle a jugés «{NB}tardifs{NB}».
Un peu plus tôt, l’avocat des parties civiles, Me Antoine Berger-Lys, avait décrit une famille «{NB}dévastée{NB}». Il s’est tourné vers le box : «{NB}Vous avez parlé de vous pendant trois jours, Monsieur Ardouin. Pas une seule fois vous n’avez prononcé le prénom de Julien.{NB}» Dans la salle, la mère de la victime a quitté les bancs en larmes.
Pour la défense, Me Claire Vasseur a plaidé l’homicide involontaire et dénoncé un dossier «{NB}instruit à charge{NB}». «{NB}Mon client n’est pas un monstre. C’est un garçon de 24 ans, ce soir-là, qui a paniqué et qui le paiera toute sa vie{NB}», a lancé l’avocate, rappelant que l’expertise médicale n’avait pas permis d’établir «{NB}avec certitude{NB}» que le coup fatal avait été porté par son client.
Invité à prendre la parole une dernière fois, l’accusé s’est levé, la voix tremblante. «{NB}Je pense à eux tous les jours. Je ne demande pas qu’on me pardonne{NB}», a-t-il dit, avant de se rasseoir, le visage dans les mains.
Le président de la cour, Frédéric Aumont, a annoncé que le verdict serait rendu vendredi en fin de journée. Kévin Ardouin encourt trente ans de réclusion criminelle.
Partager sur Facebook Partager sur X Partager par mail
Lire aussi : Montaubert : la place du Marché sous vidéoprotection renforcée""",
    [
        (
            "Il n’y a pas eu de légitime défense. Il y a eu un homme à terre, et un autre qui a continué à frapper.",
            "Isabelle Rancurel",
            "Isabelle Rancurel",
            None,
        ),
        (
            "Les images de vidéosurveillance sont claires,",
            "Isabelle Rancurel",
            "la magistrate",
            "a insisté",
        ),
        (
            "La victime recule, les mains ouvertes. C’est l’accusé qui avance.",
            "Isabelle Rancurel",
            "la magistrate",
            "a insisté",
        ),
        ("attendrir", "Isabelle Rancurel", ("Elle a demandé", "Elle"), "a demandé"),
        ("tardifs", "Isabelle Rancurel", ("qu’elle a jugés", "elle"), "a jugés"),
        ("dévastée", "Antoine Berger-Lys", "Me Antoine Berger-Lys", "avait décrit"),
        (
            "Vous avez parlé de vous pendant trois jours, Monsieur Ardouin. Pas une seule fois vous n’avez prononcé le prénom de Julien.",
            "Antoine Berger-Lys",
            ("Il s’est tourné", "Il"),
            None,
        ),
        ("instruit à charge", "Claire Vasseur", "Me Claire Vasseur", "dénoncé"),
        (
            "Mon client n’est pas un monstre. C’est un garçon de 24 ans, ce soir-là, qui a paniqué et qui le paiera toute sa vie",
            "Claire Vasseur",
            "l’avocate",
            "a lancé",
        ),
        ("avec certitude", "Claire Vasseur", "l’avocate", "rappelant"),
        (
            "Je pense à eux tous les jours. Je ne demande pas qu’on me pardonne",
            "Kévin Ardouin",
            ("a-t-il dit", "il"),
            "a-t-il dit",
        ),
    ],
)

article(
    "blind3-fr08",
    "fr",
    f"""Pêche en mer de Barents : Oslo et Bruxelles au bord de la rupture

INTERNATIONAL
Par Claire Deschamps, avec agences
Publié le 27 janvier 2027 à 12h40, mis à jour à 15h05

Les négociations sur les quotas de cabillaud en mer de Barents se sont achevées mercredi soir à Tromsø sans accord, après trois jours de discussions tendues entre la Norvège et l’Union européenne.
«{NNB}Nous avons fait un pas important vers nos partenaires européens. Nous ne pouvons pas en faire un second au détriment de nos pêcheurs{NNB}», a déclaré la ministre norvégienne de la Pêche, Kari Haugland, citée par la télévision publique NRK. «{NNB}La ressource n’est pas infinie. Les scientifiques nous le répètent chaque année.{NNB}»
Oslo propose de réduire de 18{NNB}% la part de cabillaud allouée aux navires européens autour de l’archipel du Svalbard, une zone que la Norvège considère comme relevant de sa juridiction exclusive. Le commissaire européen chargé de la Pêche, Pieter Van Damme, a qualifié la proposition d’«{NNB}inacceptable en l’état{NNB}».
«{NNB}Nos flottes pêchent dans ces eaux depuis des générations, a-t-il rappelé devant la presse, en anglais. Nous avons entendu le mot “compromis” toute la semaine, mais nous ne l’avons pas vu sur la table.{NNB}»
Selon un diplomate européen présent à Tromsø, la délégation norvégienne «{NNB}n’avait aucune marge de manœuvre{NNB}» à quelques mois des élections législatives dans le pays. Côté norvégien, on assure au contraire que la porte reste ouverte.
Dans un communiqué publié dans la soirée, le ministère norvégien de la Pêche et des Affaires maritimes a indiqué rester «{NNB}disponible pour une nouvelle session de travail dès le mois de février{NNB}». Le texte insiste sur le respect des avis du Conseil international pour l’exploration de la mer (CIEM), qui recommande une baisse globale des captures.
Les pêcheurs français, très présents dans la zone, suivent le dossier avec inquiétude. «{NNB}Si on perd l’accès au Svalbard, c’est un tiers de notre chiffre d’affaires qui disparaît du jour au lendemain{NNB}», s’alarme Yannick Le Floch, armateur à Boulogne-sur-Mer, joint par téléphone. Le comité national des pêches a demandé à Paris de «{NNB}peser de tout son poids{NNB}» dans les discussions.
Interrogé mercredi à Bruxelles, le porte-parole de la Commission, Stefan Holm, n’a pas exclu des mesures de rétorsion, tout en appelant à «{NNB}garder la tête froide{NNB}». La prochaine réunion n’a pas encore été fixée.
Lire aussi : Svalbard, l’archipel arctique où se croisent toutes les convoitises
Vous lisez un article en accès libre. Soutenez une information indépendante : abonnez-vous.""",
    [
        (
            "Nous avons fait un pas important vers nos partenaires européens. Nous ne pouvons pas en faire un second au détriment de nos pêcheurs",
            "Kari Haugland",
            "Kari Haugland",
            "a déclaré",
        ),
        (
            "La ressource n’est pas infinie. Les scientifiques nous le répètent chaque année.",
            "Kari Haugland",
            "Kari Haugland",
            "a déclaré",
        ),
        ("inacceptable en l’état", "Pieter Van Damme", "Pieter Van Damme", "a qualifié"),
        (
            "Nos flottes pêchent dans ces eaux depuis des générations,",
            "Pieter Van Damme",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Nous avons entendu le mot “compromis” toute la semaine, mais nous ne l’avons pas vu sur la table.",
            "Pieter Van Damme",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "n’avait aucune marge de manœuvre",
            "diplomate européen",
            "un diplomate européen",
            "Selon",
        ),
        (
            "disponible pour une nouvelle session de travail dès le mois de février",
            "ministère norvégien de la Pêche et des Affaires maritimes",
            "le ministère norvégien de la Pêche et des Affaires maritimes",
            "a indiqué",
        ),
        (
            "Si on perd l’accès au Svalbard, c’est un tiers de notre chiffre d’affaires qui disparaît du jour au lendemain",
            "Yannick Le Floch",
            "Yannick Le Floch",
            "s’alarme",
        ),
        (
            "peser de tout son poids",
            "comité national des pêches",
            "Le comité national des pêches",
            "a demandé",
        ),
        ("garder la tête froide", "Stefan Holm", "Stefan Holm", "appelant"),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind3_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
