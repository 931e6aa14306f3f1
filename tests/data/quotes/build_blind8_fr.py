# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind8_fr.jsonl: an eighth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a regional faits-divers page (a fatal
road accident, the gendarmes, the procureur's press conference), a religion/society report (a
church turned into a food hall), a night session on an asylum bill in the Assemblée with
deputies shouting over each other, a wine-harvest report from a cooperative after hail, a
football transfer story (agent, club president, the player on Instagram, « selon nos
informations »), a free-daily housing story (tenants without heating, the bailleur social's
communiqué), an investigative site's leaked recording (a transcribed dialogue) and a radio
interview write-up with a multi-paragraph answer. Padding varies: NBSP, NNBSP, plain spaces,
none, and “ ” in two articles. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind8_fr.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind8-fr01",
    "fr",
    f"""Collision mortelle sur la RD 417 : le chauffeur du poids lourd avait consommé du cannabis, selon le procureur

Faits divers · Haute-Dorne
Par Aurélie Vachon - 18 nov. 2026 à 17:42 | Mis à jour à 19:05

Deux jours après l'accident qui a coûté la vie à une femme de 41 ans et à son fils de 9 ans, dimanche en fin d'après-midi sur la RD 417 entre Vérancieux et Chambost-le-Haut, le procureur de la République de Saint-Aurèle, Frédéric Gaillon-Méry, a tenu mardi une conférence de presse au palais de justice. Le chauffeur du semi-remorque, un homme de 52 ans domicilié à Lurcy-Vernois, a été placé en garde à vue puis mis en examen pour homicide involontaire aggravé.
«{NB}Les analyses toxicologiques réalisées sur le conducteur se sont révélées positives au cannabis{NB}», a indiqué le magistrat. «{NB}Il a reconnu devant les enquêteurs avoir fumé la veille au soir. Il conteste en revanche avoir été sous l'emprise de stupéfiants au moment des faits.{NB}»
Selon les premiers éléments de l'enquête, confiée à la brigade de recherches de Vérancieux, le poids lourd a franchi la ligne continue dans une longue courbe avant de percuter de face la petite citadine. «{NB}La vitesse n'apparaît pas, à ce stade, comme un facteur déterminant, a précisé M. Gaillon-Méry. Ce sont la trajectoire et la vigilance du conducteur qui posent question.{NB}»
Partager : Facebook · X · WhatsApp · Copier le lien
Arrivés les premiers sur place, les gendarmes ont décrit une scène «{NNB}d'une violence rare{NNB}». Le commandant de la compagnie de Vérancieux, le chef d'escadron Thibault Recoing, a salué le sang-froid des témoins : «{NNB}Deux automobilistes ont sécurisé la zone et commencé les gestes de premiers secours avant notre arrivée. Sans eux, le suraccident était probable.{NNB}»
Les pompiers et les gendarmes sont intervenus pendant près de quatre heures sur la départementale. Photo Laurent Bressy
Parmi ces témoins, Marcel Dufraisse, un agriculteur de Chambost-le-Haut qui rentrait de ses champs. «{NB}J'ai entendu le choc depuis le tracteur. Quand je suis arrivé, le petit ne bougeait plus{NB}», raconte le sexagénaire, la voix nouée. «{NB}On dit depuis des années que ce virage est un piège. Combien il faudra de morts{NB}?{NB}»
La maire de Chambost-le-Haut, Annick Serrevel, dit avoir alerté le conseil départemental «{NB}à trois reprises depuis 2021{NB}». «{NB}On nous a répondu que les comptages ne justifiaient pas d'aménagement. Aujourd'hui, je veux des actes, pas des condoléances{NB}», a-t-elle déclaré au Journal de la Dorne. Le département n'a pas souhaité réagir mardi soir.
Lire aussi : RD 417 : les riverains réclament un radar depuis 2019
Le chauffeur, qui n'était pas connu des services de police, a été laissé libre sous contrôle judiciaire avec interdiction de conduire. D'après une source proche de l'enquête, il «{NB}n'avait quasiment pas dormi depuis vingt-quatre heures{NB}» et circulait depuis le matin. Son avocate, Me Hélène Castaing-Roux, dénonce «{NB}un emballement médiatique{NB}» : «{NB}Mon client est anéanti. Il pense chaque minute à cette famille, mais il a droit à la présomption d'innocence.{NB}»
Une marche blanche est prévue samedi à 14 heures au départ de la mairie de Chambost-le-Haut. Les organisateurs, des proches de la famille, ont choisi pour mot d'ordre «{NB}Plus jamais la 417{NB}» et demandent aux participants de venir vêtus de blanc.
Newsletter Faits divers : recevez chaque soir l'essentiel de l'actualité de votre département. Je m'inscris""",
    [
        (
            "Les analyses toxicologiques réalisées sur le conducteur se sont révélées positives au cannabis",
            "Frédéric Gaillon-Méry",
            "le magistrat",
            "a indiqué",
        ),
        (
            "Il a reconnu devant les enquêteurs avoir fumé la veille au soir. Il conteste en revanche avoir été sous l'emprise de stupéfiants au moment des faits.",
            "Frédéric Gaillon-Méry",
            None,
            None,
        ),
        (
            "La vitesse n'apparaît pas, à ce stade, comme un facteur déterminant",
            "Frédéric Gaillon-Méry",
            "M. Gaillon-Méry",
            "a précisé",
        ),
        (
            "Ce sont la trajectoire et la vigilance du conducteur qui posent question.",
            "Frédéric Gaillon-Méry",
            "M. Gaillon-Méry",
            "a précisé",
        ),
        ("d'une violence rare", "gendarmes", "les gendarmes", "ont décrit"),
        (
            "Deux automobilistes ont sécurisé la zone et commencé les gestes de premiers secours avant notre arrivée. Sans eux, le suraccident était probable.",
            "Thibault Recoing",
            "Thibault Recoing",
            "a salué",
        ),
        (
            "J'ai entendu le choc depuis le tracteur. Quand je suis arrivé, le petit ne bougeait plus",
            "Marcel Dufraisse",
            "le sexagénaire",
            "raconte",
        ),
        (
            f"On dit depuis des années que ce virage est un piège. Combien il faudra de morts{NB}?",
            "Marcel Dufraisse",
            None,
            None,
        ),
        ("à trois reprises depuis 2021", "Annick Serrevel", "Annick Serrevel", "dit"),
        (
            "On nous a répondu que les comptages ne justifiaient pas d'aménagement. Aujourd'hui, je veux des actes, pas des condoléances",
            "Annick Serrevel",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "n'avait quasiment pas dormi depuis vingt-quatre heures",
            "source",
            "une source proche de l'enquête",
            "D'après",
        ),
        (
            "un emballement médiatique",
            "Hélène Castaing-Roux",
            "Me Hélène Castaing-Roux",
            "dénonce",
        ),
        (
            "Mon client est anéanti. Il pense chaque minute à cette famille, mais il a droit à la présomption d'innocence.",
            "Hélène Castaing-Roux",
            "Me Hélène Castaing-Roux",
            "dénonce",
        ),
    ],
    ["Plus jamais la 417"],
)


article(
    "blind8-fr02",
    "fr",
    f"""Dans le diocèse de Valmorant, l’église Saint-Firmin devient une halle solidaire

Religion · Société
Par Claire Vandamme (à Valmorant) | Publié le 19/11/2026 à 06:00
Temps de lecture : 4 min

Les bancs ont été démontés en septembre, l’autel est resté. Depuis le 1er novembre, l’église Saint-Firmin, dans le quartier des Hauts-de-Brenne à Valmorant, accueille trois jours par semaine une distribution alimentaire et une épicerie à prix coûtant. Le dimanche, la messe y est toujours célébrée. Une première dans ce diocèse rural, où 41 des 212 églises n’accueillent plus de culte régulier.
« Une église qui ne sert plus que deux fois par an, ce n’est pas un lieu saint préservé, c’est un musée fermé », tranche Mgr Benoît Lestrade, l’évêque de Valmorant, qui a porté le projet avec la municipalité. « Le Christ a nourri les foules. Je ne vois pas de trahison à ce que sa maison nourrisse ses voisins. »
Le père Aurélien Koffi, curé de la paroisse depuis 2019, a vu le public changer. “Le samedi, on sert jusqu’à 180 familles. Certaines n’avaient jamais franchi la porte”, confie le prêtre. “Des gens restent après, ils posent des questions sur les vitraux, sur la prière. Je n’ai rien organisé pour ça.”
Lire aussi | Patrimoine : que faire des églises vides ? Nos lecteurs répondent
Mais la transformation a suscité une vive opposition chez une partie des paroissiens. L’association Les Amis de Saint-Firmin, qui a recueilli plus de 900 signatures, dénonce dans une lettre ouverte une « désacralisation déguisée ». Sa présidente, Geneviève Marsal, paroissienne depuis soixante ans, ne décolère pas : «{NNB}On a mis des palettes de conserves là où ma mère s’est mariée. Personne ne nous a demandé notre avis.{NNB}»
La septuagénaire affirme avoir écrit au Vatican. «{NNB}Je n’attends pas de miracle, sourit-elle. Mais je veux qu’on sache qu’ici, tout le monde n’était pas d’accord.{NNB}»
La distribution a lieu le mercredi, le vendredi et le samedi dans la nef. Photo Claire Vandamme
Du côté de l’évêché, on assure que «{NB}tout a été fait dans le respect du droit canonique{NB}». L’église n’a pas été désaffectée : le lieu reste consacré, et un espace de prière a été aménagé dans le bas-côté nord. Le chancelier du diocèse, Jean-Baptiste Ollier, rappelle que la commune reste propriétaire du bâtiment et le curé affectataire. «{NB}Rien ne se fait sans l’accord du curé. C’est lui qui a la clé, au sens propre{NB}», précise-t-il.
Pour la sociologue des religions Marion Ternaux, auteure de « Clochers sans fidèles » (éditions du Pavillon gris), l’expérience de Valmorant est « un laboratoire ». « Les diocèses ont longtemps cru pouvoir tout conserver. Ils découvrent qu’un bâtiment vivant se défend mieux qu’un bâtiment vide », analyse la chercheuse, qui observe des projets comparables en Belgique et aux Pays-Bas.
Le diocèse prévoit un premier bilan au printemps. La Fondation Clochers vivants, qui a financé une partie des travaux, s’est dite «{NB}attentive aux retours des habitants{NB}» dans un communiqué. Prochaine étape : la «{NB}Nuit des clochers ouverts{NB}», en juin, au cours de laquelle Saint-Firmin accueillera un concert d’orgue.
Vous avez aimé cet article ? Recevez notre lettre Religion chaque vendredi. S’abonner""",
    [
        (
            "Une église qui ne sert plus que deux fois par an, ce n’est pas un lieu saint préservé, c’est un musée fermé",
            "Benoît Lestrade",
            "Mgr Benoît Lestrade",
            "tranche",
        ),
        (
            "Le Christ a nourri les foules. Je ne vois pas de trahison à ce que sa maison nourrisse ses voisins.",
            "Benoît Lestrade",
            None,
            None,
        ),
        (
            "Le samedi, on sert jusqu’à 180 familles. Certaines n’avaient jamais franchi la porte",
            "Aurélien Koffi",
            "le prêtre",
            "confie",
        ),
        (
            "Des gens restent après, ils posent des questions sur les vitraux, sur la prière. Je n’ai rien organisé pour ça.",
            "Aurélien Koffi",
            None,
            None,
        ),
        (
            "désacralisation déguisée",
            "Amis de Saint-Firmin",
            "L’association Les Amis de Saint-Firmin",
            "dénonce",
        ),
        (
            "On a mis des palettes de conserves là où ma mère s’est mariée. Personne ne nous a demandé notre avis.",
            "Geneviève Marsal",
            "Geneviève Marsal",
            "ne décolère pas",
        ),
        (
            "Je n’attends pas de miracle",
            "Geneviève Marsal",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        (
            "Mais je veux qu’on sache qu’ici, tout le monde n’était pas d’accord.",
            "Geneviève Marsal",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        (
            "tout a été fait dans le respect du droit canonique",
            "évêché",
            ("l’évêché", "évêché"),
            "assure",
        ),
        (
            "Rien ne se fait sans l’accord du curé. C’est lui qui a la clé, au sens propre",
            "Jean-Baptiste Ollier",
            ("précise-t-il", "il"),
            "précise-t-il",
        ),
        ("un laboratoire", "Marion Ternaux", "Marion Ternaux", "Pour"),
        (
            "Les diocèses ont longtemps cru pouvoir tout conserver. Ils découvrent qu’un bâtiment vivant se défend mieux qu’un bâtiment vide",
            "Marion Ternaux",
            "la chercheuse",
            "analyse",
        ),
        (
            "attentive aux retours des habitants",
            "Fondation Clochers vivants",
            "La Fondation Clochers vivants",
            "s’est dite",
        ),
    ],
    ["Clochers sans fidèles", "Nuit des clochers ouverts"],
)


article(
    "blind8-fr03",
    "fr",
    f"""«{NB}Vous mentez aux Français{NB}» : nuit houleuse à l'Assemblée sur le projet de loi asile

Par Antoine de Sérigny
Publié le 20/11/2026 à 08:14, mis à jour à 10:52

Il était près d'une heure du matin lorsque la séance a dérapé. Les députés examinaient dans la nuit de jeudi à vendredi l'article 7 du projet de loi relatif à l'asile et à l'intégration, qui ramène de quinze à sept jours le délai de recours devant la Commission nationale des recours d'asile.
Au banc, le ministre de l'Intérieur, Laurent Vasseur-Delmas, défendait la mesure, chiffres à l'appui. «{NB}Aujourd'hui, un demandeur débouté attend en moyenne quatorze mois avant une décision définitive. Quatorze mois{NB}! Ce n'est ni humain pour lui ni supportable pour le pays{NB}», a-t-il lancé.
La députée du groupe Gauche unie Inès Bakhtaoui s'est alors levée, un rapport à la main. «{NB}Vous mentez aux Français, monsieur le ministre{NB}! Vos propres services chiffrent ce délai à neuf mois{NB}», a-t-elle accusé. «{NB}Scandaleux{NB}!{NB}», «{NB}Retirez{NB}!{NB}», ont crié plusieurs élus du groupe Horizon républicain, tandis que la présidente de séance, Marie-Odile Perrichon, tentait de ramener le calme.
«{NB}Mes chers collègues, seul M. le ministre a la parole{NB}», a rappelé Mme Perrichon, avant de suspendre la séance pour dix minutes.
À lire aussi : Immigration : ce que contient vraiment le projet de loi, en dix points
À la reprise, le ministre a répondu point par point. «{NB}Neuf mois, madame la députée, c'est le délai de la première instance. Ajoutez le recours, ajoutez l'exécution, et vous arrivez à quatorze{NB}», a-t-il détaillé, avant de qualifier l'attaque de «{NB}procès d'intention{NB}». Et d'ajouter, sous les applaudissements de la majorité : «{NB}Je n'ai de leçon de sincérité à recevoir de personne.{NB}»
Sur les bancs de droite, le rapporteur du texte, Guillaume Assemat (Horizon républicain), a jugé la mesure « encore trop timide ». « Sept jours, c'est déjà beaucoup. La plupart de nos voisins font moins », a-t-il plaidé, sans convaincre au-delà de son groupe.
Le ministre de l'Intérieur, Laurent Vasseur-Delmas, à l'Assemblée nationale, jeudi 19 novembre. THOMAS GIRARDIN / AGENCE PHOTOPRESS
Le gouvernement tient à son texte mais cherche des voix au centre. Selon un conseiller ministériel, l'exécutif «{NNB}ne reviendra pas sur le délai de sept jours{NNB}», mais pourrait accepter un amendement garantissant l'accès à un interprète dès le dépôt du recours. Un député centriste, sous couvert d'anonymat, prévient : «{NNB}Sans nous, il n'y a pas de majorité sur cet article. Le ministre le sait très bien.{NNB}»
Vers 3 heures, plusieurs élus de la Gauche unie ont brandi des pancartes «{NB}L'asile n'est pas un délit{NB}», provoquant un nouveau rappel au règlement. L'article 7 a finalement été adopté à 3 h 10, par 142 voix contre 119. «{NB}Ce n'est qu'une manche{NB}», a réagi sur X Inès Bakhtaoui, qui annonce une saisine du Conseil constitutionnel par son groupe. L'examen du texte reprend lundi après-midi.
Le Figaret Politique - Newsletter
Chaque matin, l'essentiel de l'actualité politique. S'inscrire""",
    [
        ("Vous mentez aux Français", "Inès Bakhtaoui", None, None),
        (
            f"Aujourd'hui, un demandeur débouté attend en moyenne quatorze mois avant une décision définitive. Quatorze mois{NB}! Ce n'est ni humain pour lui ni supportable pour le pays",
            "Laurent Vasseur-Delmas",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            f"Vous mentez aux Français, monsieur le ministre{NB}! Vos propres services chiffrent ce délai à neuf mois",
            "Inès Bakhtaoui",
            ("a-t-elle accusé", "elle"),
            "a-t-elle accusé",
        ),
        (f"Scandaleux{NB}!", "élus", "plusieurs élus", "ont crié"),
        (f"Retirez{NB}!", "élus", "plusieurs élus", "ont crié"),
        (
            "Mes chers collègues, seul M. le ministre a la parole",
            "Marie-Odile Perrichon",
            "Mme Perrichon",
            "a rappelé",
        ),
        (
            "Neuf mois, madame la députée, c'est le délai de la première instance. Ajoutez le recours, ajoutez l'exécution, et vous arrivez à quatorze",
            "Laurent Vasseur-Delmas",
            ("a-t-il détaillé", "il"),
            "a-t-il détaillé",
        ),
        (
            "procès d'intention",
            "Laurent Vasseur-Delmas",
            ("a-t-il détaillé", "il"),
            "qualifier",
        ),
        (
            "Je n'ai de leçon de sincérité à recevoir de personne.",
            "Laurent Vasseur-Delmas",
            None,
            "d'ajouter",
        ),
        ("encore trop timide", "Guillaume Assemat", "Guillaume Assemat", "a jugé"),
        (
            "Sept jours, c'est déjà beaucoup. La plupart de nos voisins font moins",
            "Guillaume Assemat",
            ("a-t-il plaidé", "il"),
            "a-t-il plaidé",
        ),
        (
            "ne reviendra pas sur le délai de sept jours",
            "conseiller",
            "un conseiller ministériel",
            "Selon",
        ),
        (
            "Sans nous, il n'y a pas de majorité sur cet article. Le ministre le sait très bien.",
            "député",
            "Un député centriste",
            "prévient",
        ),
        ("Ce n'est qu'une manche", "Inès Bakhtaoui", "Inès Bakhtaoui", "a réagi"),
    ],
    ["L'asile n'est pas un délit"],
)


article(
    "blind8-fr04",
    "fr",
    f"""Vendanges : à Saint-Génis-des-Aspres, la cave coopérative sauve l'essentiel après la grêle

Abonnés
Par Romain Bascou
Publié le 21/09/2026 à 07h30

Sur la petite route qui grimpe vers les coteaux de Saint-Génis-des-Aspres, les bennes se succèdent depuis lundi devant le quai de réception de la cave coopérative La Vigneronne. Les 146 coopérateurs ont commencé à rentrer les grenaches, avec une dizaine de jours d'avance sur le calendrier habituel.
«{NB}On a eu peur de tout perdre{NB}», reconnaît le président de la coopérative, Pierre-Alain Roucayrol, un œil sur le pressoir. Le 14 juillet, un orage de grêle a haché près de 300 hectares sur les 1 100 que compte l'appellation.
«{NB}Certaines parcelles ont été touchées à 80 %. Le lendemain, des anciens qui avaient connu la grêle de 1986 pleuraient au bord des rangs.
«{NB}Mais la vigne a une capacité de récupération qu'on sous-estime toujours. Ce qui reste est d'une qualité remarquable : des petits grains, concentrés, avec une belle acidité. On fera moins, mais on fera bien{NB}», assure l'homme de 58 ans, qui dirige la cave depuis 2017.
Lire aussi : Grêle du 14 juillet : l'état de calamité agricole demandé pour douze communes
Les volumes devraient reculer d'environ 25 % sur l'ensemble de la cave, selon les estimations de la chambre d'agriculture, qui évoque dans une note de conjoncture «{NB}une récolte hétérogène mais saine{NB}».
Chez les jeunes installés, l'inquiétude est plus vive. Lucie Escaich, 31 ans, a repris en 2022 les 14 hectares de son grand-père. Elle a perdu plus de la moitié de sa récolte de carignan. « Sans l'assurance récolte, je mettais la clé sous la porte. Et encore, la franchise me coûte l'équivalent d'une année de salaire », calcule la trentenaire.
Elle plaide pour un fonds d'urgence régional : «{NB}On nous demande de produire moins, de mieux vendre, de nous adapter au climat. D'accord. Mais pendant ce temps, qui paie{NB}?{NB}» Pour elle, la cuvée collective «{NB}Terres d'Orbe{NB}», lancée par la cave l'an dernier, «{NB}est une bonne idée, à condition que les prix suivent{NB}».
Les vendanges ont débuté avec dix jours d'avance. Photo R. B.
Dans les rangs, l'ambiance reste joyeuse. Venu d'Andalousie pour sa sixième saison, Manuel, 44 ans, coupe les grappes à la serpette. «{NB}Ici, le patron paie bien et on mange tous ensemble le midi. C'est pour ça que je reviens{NB}», dit-il en espagnol, traduit par une collègue.
L'œnologue de la cave, Sabine Mouret-Lafage, annonce un millésime «{NB}solaire, avec des degrés élevés{NB}». «{NB}Il faudra travailler la fraîcheur en cave. Mais les premiers jus sont superbes, a-t-elle glissé en goûtant un moût de grenache gris. Honnêtement, je ne m'y attendais pas.{NB}»
La préfecture a indiqué mardi que le dossier de reconnaissance de calamité agricole serait examiné «{NB}d'ici la fin de l'année{NB}». La fête des vendanges, «{NB}Saint-Génis en Bacchus{NB}», est maintenue au 4 octobre.
Recevez gratuitement notre newsletter Vins & Terroirs. S'inscrire""",
    [
        (
            "On a eu peur de tout perdre",
            "Pierre-Alain Roucayrol",
            "Pierre-Alain Roucayrol",
            "reconnaît",
        ),
        (
            "Certaines parcelles ont été touchées à 80 %. Le lendemain, des anciens qui avaient connu la grêle de 1986 pleuraient au bord des rangs.",
            "Pierre-Alain Roucayrol",
            "l'homme de 58 ans",
            "assure",
        ),
        (
            "Mais la vigne a une capacité de récupération qu'on sous-estime toujours. Ce qui reste est d'une qualité remarquable : des petits grains, concentrés, avec une belle acidité. On fera moins, mais on fera bien",
            "Pierre-Alain Roucayrol",
            "l'homme de 58 ans",
            "assure",
        ),
        (
            "une récolte hétérogène mais saine",
            "chambre d'agriculture",
            ("la chambre d'agriculture", "chambre d'agriculture"),
            "évoque",
        ),
        (
            "Sans l'assurance récolte, je mettais la clé sous la porte. Et encore, la franchise me coûte l'équivalent d'une année de salaire",
            "Lucie Escaich",
            "la trentenaire",
            "calcule",
        ),
        (
            f"On nous demande de produire moins, de mieux vendre, de nous adapter au climat. D'accord. Mais pendant ce temps, qui paie{NB}?",
            "Lucie Escaich",
            ("Elle plaide", "Elle"),
            "plaide",
        ),
        (
            "est une bonne idée, à condition que les prix suivent",
            "Lucie Escaich",
            ("Pour elle", "elle"),
            "Pour",
        ),
        (
            "Ici, le patron paie bien et on mange tous ensemble le midi. C'est pour ça que je reviens",
            "Manuel",
            ("dit-il", "il"),
            "dit-il",
        ),
        (
            "solaire, avec des degrés élevés",
            "Sabine Mouret-Lafage",
            "Sabine Mouret-Lafage",
            "annonce",
        ),
        (
            "Il faudra travailler la fraîcheur en cave. Mais les premiers jus sont superbes",
            "Sabine Mouret-Lafage",
            ("a-t-elle glissé", "elle"),
            "a-t-elle glissé",
        ),
        (
            "Honnêtement, je ne m'y attendais pas.",
            "Sabine Mouret-Lafage",
            ("a-t-elle glissé", "elle"),
            "a-t-elle glissé",
        ),
        ("d'ici la fin de l'année", "préfecture", "La préfecture", "a indiqué"),
    ],
    ["Terres d'Orbe", "Saint-Génis en Bacchus"],
)


article(
    "blind8-fr05",
    "fr",
    f"""Mercato : Kévin Ndiaye-Marchal tout proche du Racing Bressac, «{NB}un accord à 90{NNB}%{NB}» selon son agent

Par Maxime Lherbier
22 nov. 2026 à 12h47 | MAJ à 16h20

Selon nos informations, le Racing Bressac et le FC Lanvaux ont trouvé dimanche matin un terrain d’entente pour le transfert de Kévin Ndiaye-Marchal. L’ailier de 23 ans, auteur de neuf buts depuis le début de la saison, devrait passer sa visite médicale mardi. Le montant de l’opération avoisinerait 18 millions d’euros, bonus compris.
Joint par téléphone, son agent, Youssef Benlarbi, a confirmé l’avancée des discussions. «{NB}On est à 90{NNB}%. Il reste des détails sur les bonus et le pourcentage à la revente, mais tout le monde veut que ça se fasse{NB}», a-t-il déclaré à notre journaliste. «{NB}Kévin a choisi Bressac pour le projet, pas pour l’argent. Il a eu plus gros ailleurs.{NB}»
Le président bressacois, Henri Castagnède, s’est montré plus prudent en marge de l’entraînement. «{NNB}Tant que rien n’est signé, je ne commente pas. Ce que je peux dire, c’est que Kévin est un joueur que nous suivons depuis deux ans{NNB}», a glissé le dirigeant, sourire en coin.
Partager · Tweeter · Commenter (48)
Du côté de Lanvaux, la pilule passe mal chez les supporters. Le principal groupe d’ultras, la Brigade lanvaldine, a déployé dimanche une banderole «{NB}Le club n’est pas à vendre{NB}» lors de la réception de Morvillers (1-1). Le FC Lanvaux a assuré dans un communiqué qu’«{NB}aucune offre n’a été acceptée à ce jour{NB}», tout en reconnaissant des «{NB}discussions avancées avec plusieurs clubs{NB}».
L’entraîneur lanvaldin, Patrice Orsoni, a lâché, agacé, en conférence de presse : «{NB}Perdre Kévin en plein milieu de saison, ce serait un coup dur. Je l’ai dit au président. Maintenant, je ne suis pas décideur.{NB}» Interrogé sur l’état d’esprit de son joueur, le technicien de 51 ans a ajouté : «{NB}Il est concentré. Il s’entraîne bien. Le reste, c’est du bruit.{NB}»
Le principal intéressé, lui, a choisi les réseaux sociaux. Dimanche soir, Kévin Ndiaye-Marchal a publié sur Instagram une photo de lui sous le maillot lanvaldin, accompagnée d’un message sobre : «{NB}Quoi qu’il arrive, merci pour tout. Lanvaux restera chez moi.{NB}» Un post interprété par de nombreux supporters comme un message d’adieu.
Kévin Ndiaye-Marchal lors du match face à Morvillers, dimanche. (T. Garnier/Sport Images)
En interne, à Bressac, on se veut confiant. «{NB}Le joueur a dit oui il y a dix jours. Le reste, c’est de la négociation entre clubs{NB}», souffle un dirigeant du club, qui évoque une signature «{NB}avant le week-end{NB}». Pour le milieu Sékou Diabaté, ancien coéquipier de l’ailier à Lanvaux, c’est «{NB}le bon choix au bon moment{NB}».
Lire aussi : Mercato d’hiver : les dix dossiers chauds de la première division""",
    [
        ("un accord à 90\u202f%", "Youssef Benlarbi", "son agent", "selon"),
        (
            "On est à 90\u202f%. Il reste des détails sur les bonus et le pourcentage à la revente, mais tout le monde veut que ça se fasse",
            "Youssef Benlarbi",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Kévin a choisi Bressac pour le projet, pas pour l’argent. Il a eu plus gros ailleurs.",
            "Youssef Benlarbi",
            None,
            None,
        ),
        (
            "Tant que rien n’est signé, je ne commente pas. Ce que je peux dire, c’est que Kévin est un joueur que nous suivons depuis deux ans",
            "Henri Castagnède",
            "le dirigeant",
            "a glissé",
        ),
        (
            "aucune offre n’a été acceptée à ce jour",
            "FC Lanvaux",
            "Le FC Lanvaux",
            "a assuré",
        ),
        (
            "discussions avancées avec plusieurs clubs",
            "FC Lanvaux",
            "Le FC Lanvaux",
            "reconnaissant",
        ),
        (
            "Perdre Kévin en plein milieu de saison, ce serait un coup dur. Je l’ai dit au président. Maintenant, je ne suis pas décideur.",
            "Patrice Orsoni",
            "Patrice Orsoni",
            "a lâché",
        ),
        (
            "Il est concentré. Il s’entraîne bien. Le reste, c’est du bruit.",
            "Patrice Orsoni",
            "le technicien de 51 ans",
            "a ajouté",
        ),
        (
            "Quoi qu’il arrive, merci pour tout. Lanvaux restera chez moi.",
            "Kévin Ndiaye-Marchal",
            ("Kévin Ndiaye-Marchal a publié", "Kévin Ndiaye-Marchal"),
            "a publié",
        ),
        (
            "Le joueur a dit oui il y a dix jours. Le reste, c’est de la négociation entre clubs",
            "dirigeant",
            "un dirigeant du club",
            "souffle",
        ),
        ("avant le week-end", "dirigeant", "un dirigeant du club", "évoque"),
        ("le bon choix au bon moment", "Sékou Diabaté", "Sékou Diabaté", "Pour"),
    ],
    ["Le club n’est pas à vendre"],
)


article(
    "blind8-fr06",
    "fr",
    f"""Vaulx-sur-Sâne : sans chauffage depuis trois semaines, les locataires des Tilleuls «{NB}à bout{NB}»

Depuis le 2 novembre, une centaine de logements de la résidence Les Tilleuls n'ont plus de chauffage collectif.
Le bailleur social évoque une pièce défectueuse et promet un retour à la normale «{NB}sous dix jours{NB}».
Les locataires, eux, dénoncent des années de négligence.

Marion Delcourt
Publié le 23/11/26 à 07h12 — Mis à jour le 23/11/26 à 09h30

Dans l'appartement de Nadia Hamrouni, au sixième étage du bâtiment C, le thermomètre du salon affiche 14 °C. Ses trois enfants font leurs devoirs en doudoune. «{NB}Le soir, on dort tous dans la même chambre avec un radiateur d'appoint. Mais l'électricité, qui va la payer{NB}?{NB}», s'agace cette mère de famille de 38 ans.
Comme elle, une centaine de foyers de la résidence, à Vaulx-sur-Sâne, vivent sans chauffage collectif depuis le 2 novembre. Une pétition a recueilli 340 signatures. Sur la porte du hall, une affiche résume l'état d'esprit : «{NB}On paie, on gèle{NB}».
Le bailleur, Habitat Sâne Métropole, a réagi par un communiqué lundi. «{NB}Une pièce essentielle de la chaufferie a dû être commandée auprès d'un fournisseur étranger. Nous mettons tout en œuvre pour un rétablissement rapide et présentons nos excuses aux locataires{NB}», écrit l'organisme, qui annonce la distribution de 80 radiateurs électriques et un geste sur les charges.
A lire aussi | Logement social : les délais d'attente explosent dans la métropole
Une explication qui ne convainc pas Bernard Ostrowski, président de l'amicale des locataires. «{NNB}La chaudière tombe en panne chaque hiver depuis 2019. On a des courriers, des photos, des constats d'huissier{NNB}», énumère le retraité, un classeur sous le bras. «{NNB}Ce n'est pas une panne, c'est un abandon.{NNB}»
Au rez-de-chaussée, une locataire qui préfère garder l'anonymat montre les traces de moisissure autour de ses fenêtres. «{NB}Ils viennent, ils repeignent par-dessus, et trois mois après c'est pareil{NB}», dit-elle. Selon elle, les demandes d'intervention restent «{NB}sans réponse pendant des semaines{NB}».
La résidence Les Tilleuls compte 212 logements sociaux. — M. Delcourt / Métropole Express
La mairie, qui siège au conseil d'administration du bailleur, dit « suivre la situation de près ». L'adjointe au logement, Sandrine Beaulieu-Tarral, réclame « un plan de rénovation complet » : « On ne peut pas se contenter de réparer une chaudière de 1987. Ces familles méritent mieux. »
Contacté par Métropole Express, Habitat Sâne Métropole assure qu'un programme de réhabilitation de 6,2 millions d'euros est «{NB}inscrit au plan pluriannuel 2027-2031{NB}». Trop tard pour Nadia Hamrouni : «{NB}Mes enfants ont froid maintenant. Pas en 2031.{NB}»
Nos newsletters
Recevez chaque jour l'actu de votre ville directement dans votre boîte mail.""",
    [
        ("à bout", "locataires", "les locataires des Tilleuls", None),
        (
            "sous dix jours",
            "Habitat Sâne Métropole",
            "Le bailleur social",
            "promet",
        ),
        (
            f"Le soir, on dort tous dans la même chambre avec un radiateur d'appoint. Mais l'électricité, qui va la payer{NB}?",
            "Nadia Hamrouni",
            "cette mère de famille",
            "s'agace",
        ),
        (
            "Une pièce essentielle de la chaufferie a dû être commandée auprès d'un fournisseur étranger. Nous mettons tout en œuvre pour un rétablissement rapide et présentons nos excuses aux locataires",
            "Habitat Sâne Métropole",
            "l'organisme",
            "écrit",
        ),
        (
            "La chaudière tombe en panne chaque hiver depuis 2019. On a des courriers, des photos, des constats d'huissier",
            "Bernard Ostrowski",
            "le retraité",
            "énumère",
        ),
        ("Ce n'est pas une panne, c'est un abandon.", "Bernard Ostrowski", None, None),
        (
            "Ils viennent, ils repeignent par-dessus, et trois mois après c'est pareil",
            "locataire",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
        (
            "sans réponse pendant des semaines",
            "locataire",
            ("Selon elle", "elle"),
            "Selon",
        ),
        ("suivre la situation de près", "mairie", "La mairie", "dit"),
        (
            "un plan de rénovation complet",
            "Sandrine Beaulieu-Tarral",
            "Sandrine Beaulieu-Tarral",
            "réclame",
        ),
        (
            "On ne peut pas se contenter de réparer une chaudière de 1987. Ces familles méritent mieux.",
            "Sandrine Beaulieu-Tarral",
            "Sandrine Beaulieu-Tarral",
            "réclame",
        ),
        (
            "inscrit au plan pluriannuel 2027-2031",
            "Habitat Sâne Métropole",
            "Habitat Sâne Métropole",
            "assure",
        ),
        (
            "Mes enfants ont froid maintenant. Pas en 2031.",
            "Nadia Hamrouni",
            "Nadia Hamrouni",
            None,
        ),
    ],
    ["On paie, on gèle"],
)


article(
    "blind8-fr07",
    "fr",
    f"""Brévannes : l’enregistrement qui embarrasse le président de l’agglomération

Dans une conversation enregistrée à son insu en mars 2025, que nous avons pu écouter, Didier Lormeau évoque l’attribution d’un marché à un promoteur de ses amis. L’élu dénonce «{NB}une manipulation{NB}».

Par Camille Ferrandi et Thomas Le Guen
24 novembre 2026 à 18h00
Offrir cet article · Lire plus tard

L’enregistrement dure quarante-sept minutes. Il a été réalisé le 12 mars 2025 dans un restaurant de Brévannes, lors d’un déjeuner entre le président de la communauté d’agglomération, Didier Lormeau, et le promoteur immobilier Franck Estival, dirigeant du groupe Estival Habitat. Notre journal a pu l’écouter et en vérifier l’authenticité auprès de deux personnes présentes ce jour-là.
Au bout d’une vingtaine de minutes, la conversation porte sur le futur écoquartier du Moulin-Neuf, dont la commercialisation doit être confiée par appel d’offres. «{NB}Le lot B, tu l’auras. Je ne peux pas te l’écrire, mais tu l’auras{NB}», assure l’élu. «{NB}Et la commission{NB}?{NB}», interroge M. Estival. «{NB}La commission, je m’en occupe. Trois sur cinq, ce sont les miens.{NB}»
Un peu plus loin, le promoteur évoque la prochaine campagne municipale : «{NB}Tu sais que pour 2026, tu peux compter sur nous, comme d’habitude{NB}». Didier Lormeau répond en riant : «{NB}Ne dis pas ça ici, il y a des oreilles partout.{NB}» [La suite de l’échange est inaudible.]
Lire aussi › À Brévannes, l’écoquartier du Moulin-Neuf accumule les retards — Par Camille Ferrandi
Sept mois plus tard, en octobre 2025, le lot B du Moulin-Neuf – 214 logements – a bien été attribué à Estival Habitat, par trois voix contre deux. Une conseillère communautaire d’opposition, Hélène Varlet-Combe, avait voté contre. «{NB}On nous a présenté une notation où Estival arrivait deuxième sur le prix et premier sur un critère “qualité du projet” que personne n’a jamais su expliquer{NB}», se souvient-elle aujourd’hui.
Contacté, Didier Lormeau ne conteste pas l’authenticité de l’enregistrement, mais son interprétation. «{NB}C’était une conversation entre deux personnes qui se connaissent depuis trente ans. On se chambre, on exagère. Je n’ai jamais eu le moindre pouvoir sur la commission d’appel d’offres{NB}», nous a-t-il déclaré. Il qualifie la diffusion de l’enregistrement de «{NB}manipulation grossière à quelques mois des élections{NB}».
Son avocate, Me Sophie Azoulay, annonce une plainte pour atteinte à la vie privée. «{NB}Un enregistrement clandestin, tronqué, sorti de son contexte, n’a aucune valeur probante{NB}», estime-t-elle.
Franck Estival, lui, n’a pas répondu à nos questions. Dans un courriel transmis par son service de communication, le groupe Estival Habitat affirme que le marché a été remporté «{NB}dans le strict respect des règles de la commande publique{NB}».
Selon nos informations, le parquet de Brévannes a été destinataire d’un signalement en septembre. Une source judiciaire confirme qu’une enquête préliminaire est ouverte, «{NB}à un stade très précoce{NB}».
Boîte noire
L’enregistrement nous a été remis par une personne qui a souhaité rester anonyme. Les propos cités ont été retranscrits fidèlement ; les passages inaudibles sont signalés entre crochets.""",
    [
        ("une manipulation", "Didier Lormeau", "L’élu", "dénonce"),
        (
            "Le lot B, tu l’auras. Je ne peux pas te l’écrire, mais tu l’auras",
            "Didier Lormeau",
            "l’élu",
            "assure",
        ),
        (f"Et la commission{NB}?", "Franck Estival", "M. Estival", "interroge"),
        (
            "La commission, je m’en occupe. Trois sur cinq, ce sont les miens.",
            "Didier Lormeau",
            None,
            None,
        ),
        (
            "Tu sais que pour 2026, tu peux compter sur nous, comme d’habitude",
            "Franck Estival",
            "le promoteur",
            "évoque",
        ),
        (
            "Ne dis pas ça ici, il y a des oreilles partout.",
            "Didier Lormeau",
            "Didier Lormeau",
            "répond",
        ),
        (
            "On nous a présenté une notation où Estival arrivait deuxième sur le prix et premier sur un critère “qualité du projet” que personne n’a jamais su expliquer",
            "Hélène Varlet-Combe",
            ("se souvient-elle", "elle"),
            "se souvient-elle",
        ),
        (
            "C’était une conversation entre deux personnes qui se connaissent depuis trente ans. On se chambre, on exagère. Je n’ai jamais eu le moindre pouvoir sur la commission d’appel d’offres",
            "Didier Lormeau",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "manipulation grossière à quelques mois des élections",
            "Didier Lormeau",
            ("Il qualifie", "Il"),
            "qualifie",
        ),
        (
            "Un enregistrement clandestin, tronqué, sorti de son contexte, n’a aucune valeur probante",
            "Sophie Azoulay",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        (
            "dans le strict respect des règles de la commande publique",
            "Estival Habitat",
            "le groupe Estival Habitat",
            "affirme",
        ),
        ("à un stade très précoce", "source", "Une source judiciaire", "confirme"),
    ],
)


article(
    "blind8-fr08",
    "fr",
    f"""Agathe Morel-Iliescu : «{NB}Traduire, c'est accepter de perdre quelque chose à chaque phrase{NB}»

Grand Angle
Par Guillaume Perrault
Samedi 21 novembre 2026 · 44 min
Écouter plus tard · Partager

Traductrice de la poésie roumaine contemporaine depuis trente ans, Agathe Morel-Iliescu publie «{NB}La Langue d'en face{NB}», un essai sur son métier. Elle était l'invitée de «{NB}Grand Angle{NB}» ce samedi.

Elle a grandi entre deux langues, auprès d'un père breton et d'une mère née dans les Carpates. «{NB}Enfant, je croyais que tout le monde avait deux mots pour chaque chose. Quand j'ai compris que non, j'ai trouvé le monde un peu pauvre{NB}», a raconté Agathe Morel-Iliescu au micro de Guillaume Perrault.
De là est venu le métier, presque par accident, après une thèse jamais soutenue. «{NB}Est-ce qu'on trahit forcément{NB}?{NB}», lui a demandé le producteur de l'émission.
«{NB}Oui, et il faut l'assumer. Le roumain colle l'article défini à la fin du nom, le français le met devant. Déjà, l'ordre dans lequel le lecteur découvre le monde n'est plus le même.
«{NB}Alors on choisit. On garde le rythme, ou on garde l'image{NB}; rarement les deux. Le pire traducteur, c'est celui qui refuse de choisir et qui rend un texte tiède{NB}», a-t-elle répondu. «{NB}Traduire, c'est accepter de perdre quelque chose à chaque phrase{NB}», résume-t-elle.
À écouter aussi : Poésie : ces voix de l'Est qui bousculent l'édition française (23 min)
Elle cite volontiers le poète Mihail Varga, qu'elle a traduit pendant quinze ans, et sa formule : la traduction serait «{NB}une hospitalité sans garantie{NB}». «{NB}Il voulait dire que j'accueillais ses poèmes chez moi, dans ma langue, sans pouvoir lui promettre qu'ils s'y sentiraient bien{NB}», explique la traductrice.
Pour l'éditeur Lucien Daubrac, qui publie la collection «{NB}Ailleurs dit{NB}», où paraissent la plupart de ses traductions, Agathe Morel-Iliescu est «{NB}l'une des dernières à traduire la poésie sans filet{NB}». Interrogé par notre rédaction, il ajoute : “Elle refuse les notes de bas de page. Elle considère que le poème doit tenir tout seul en français, et elle a raison.”
La traductrice s'inquiète en revanche de la place croissante des outils de traduction automatique. « Ce n'est pas qu'ils traduisent mal. C'est qu'ils traduisent tous pareil », a-t-elle estimé, avant de nuancer : « Pour un contrat ou une notice, tant mieux. Pour un poème, c'est une catastrophe silencieuse. »
Elle garde pourtant confiance : les jeunes traducteurs qu'elle forme à l'atelier «{NB}Passeurs{NB}» de la Maison des littératures de Sainte-Aude sont «plus audacieux» que sa génération. «Ils osent. Moi, à leur âge, je demandais pardon à chaque virgule.»
La Langue d'en face, Agathe Morel-Iliescu, éditions du Pavillon gris, 224 pages, 21 euros.
Radio Culture Ouest · Tous droits réservés""",
    [
        (
            "Traduire, c'est accepter de perdre quelque chose à chaque phrase",
            "Agathe Morel-Iliescu",
            "Agathe Morel-Iliescu",
            None,
        ),
        (
            "Enfant, je croyais que tout le monde avait deux mots pour chaque chose. Quand j'ai compris que non, j'ai trouvé le monde un peu pauvre",
            "Agathe Morel-Iliescu",
            "Agathe Morel-Iliescu",
            "a raconté",
        ),
        (
            f"Est-ce qu'on trahit forcément{NB}?",
            "Guillaume Perrault",
            "le producteur de l'émission",
            "a demandé",
        ),
        (
            "Oui, et il faut l'assumer. Le roumain colle l'article défini à la fin du nom, le français le met devant. Déjà, l'ordre dans lequel le lecteur découvre le monde n'est plus le même.",
            "Agathe Morel-Iliescu",
            ("a-t-elle répondu", "elle"),
            "a-t-elle répondu",
        ),
        (
            f"Alors on choisit. On garde le rythme, ou on garde l'image{NB}; rarement les deux. Le pire traducteur, c'est celui qui refuse de choisir et qui rend un texte tiède",
            "Agathe Morel-Iliescu",
            ("a-t-elle répondu", "elle"),
            "a-t-elle répondu",
        ),
        (
            "Traduire, c'est accepter de perdre quelque chose à chaque phrase",
            "Agathe Morel-Iliescu",
            ("résume-t-elle", "elle"),
            "résume-t-elle",
        ),
        ("une hospitalité sans garantie", "Mihail Varga", "Mihail Varga", None),
        (
            "Il voulait dire que j'accueillais ses poèmes chez moi, dans ma langue, sans pouvoir lui promettre qu'ils s'y sentiraient bien",
            "Agathe Morel-Iliescu",
            "la traductrice",
            "explique",
        ),
        (
            "l'une des dernières à traduire la poésie sans filet",
            "Lucien Daubrac",
            "Lucien Daubrac",
            "Pour",
        ),
        (
            "Elle refuse les notes de bas de page. Elle considère que le poème doit tenir tout seul en français, et elle a raison.",
            "Lucien Daubrac",
            ("il ajoute", "il"),
            "ajoute",
        ),
        (
            "Ce n'est pas qu'ils traduisent mal. C'est qu'ils traduisent tous pareil",
            "Agathe Morel-Iliescu",
            ("a-t-elle estimé", "elle"),
            "a-t-elle estimé",
        ),
        (
            "Pour un contrat ou une notice, tant mieux. Pour un poème, c'est une catastrophe silencieuse.",
            "Agathe Morel-Iliescu",
            ("a-t-elle estimé", "elle"),
            "nuancer",
        ),
        ("plus audacieux", "Agathe Morel-Iliescu", ("Elle garde", "Elle"), None),
        (
            "Ils osent. Moi, à leur âge, je demandais pardon à chaque virgule.",
            "Agathe Morel-Iliescu",
            None,
            None,
        ),
    ],
    ["La Langue d'en face", "Grand Angle", "Ailleurs dit", "Passeurs"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind8_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
