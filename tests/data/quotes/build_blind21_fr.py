# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind21_fr.jsonl: a twenty-first blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a reservoir drawdown revealing a
drowned village (La Montagne, a nested “ ” memory, the prefecture, a historian's interrupted
quote), paid parking at a hospital (Le Courrier de l'Ouest, the hospital's communiqué, a CGT
nurse, straight marks once), a junior hockey coach fired (Le Journal de Québec, straight
apostrophes, a written statement), a night bar closed by the Lausanne Municipalité (24 heures,
Swiss unpadded marks, an anonymous entourage), stolen carnival costumes in Hainaut (Sudinfo,
a young man's testimony), rail works angering cross-border commuters (L'essentiel, a body with
a short name in brackets, a quote in an intertitle), a night tram driver famous on TikTok
(Konbini, a multi-paragraph quote and an interview Q&A whose unmarked answers are not listed,
quotes reported inside them are) and home-insurance premiums (Le Figaro Économie, a report, a
ministerial adviser on background). Padding varies: NBSP, NNBSP, plain spaces, none;
“ ” stand alone in the Konbini answers.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind21_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind21-fr01",
    "fr",
    f"""Lac de la Sioulette : la vidange fait réapparaître le village englouti de Saint-Ours-des-Eaux

Pour la première fois depuis 1987, le barrage de la Sioulette est vidé pour travaux. Les curieux affluent pour voir les ruines du bourg noyé en 1951.

Publié le 14/09/2024 à 17h30 | Mis à jour le 15/09/2024 à 08h12
Par Cécile Vialatte

Ils sont venus par centaines, ce samedi, longer les berges craquelées du lac de la Sioulette, dans les Combrailles. Au fond de la cuvette, à moitié enfouis dans la vase, réapparaissent les murs de l’ancienne église, un pont de pierre et les fondations d’une vingtaine de maisons. «{NB}C’est comme si le village respirait à nouveau{NB}», souffle Josette Mourgues, 84 ans, qui a quitté Saint-Ours-des-Eaux à l’âge de 11 ans, quelques mois avant la mise en eau du barrage.
Appuyée sur le bras de son petit-fils, elle désigne un pan de mur couvert d’algues séchées et raconte : «{NB}Là, c’était l’école. Mon père disait toujours : “Le jour où l’eau partira, tu retrouveras ton pupitre.” Il avait raison, le pupitre en moins.{NB}»
Les ruines de l’église, visibles depuis la route départementale 19. Photo Thierry Chabrol
La vidange, programmée jusqu’à fin novembre, doit permettre l’inspection complète de l’ouvrage. «{NB}Ces travaux sont obligatoires tous les trente ans environ. Nous devons contrôler les vannes de fond et l’état du béton{NB}», explique Arnaud Pélissier, directeur de l’exploitation chez Hydro-Combrailles, la société qui gère le barrage. Selon lui, le chantier représente «{NB}un investissement de 9 millions d’euros{NB}».
Lire aussi : Combrailles : la saison touristique sauvée par les randonneurs
Un afflux que personne n’avait prévu
Le succès inattendu du site inquiète pourtant la mairie de Sioulette-Basse. Samedi après-midi, les voitures stationnaient jusque sur les bas-côtés de la départementale. «{NB}On a compté plus de 1 500 visiteurs dans la journée, pour un village de 340 habitants{NB}», s’alarme le maire, Bernard Tixier. «{NB}Certains descendent dans la vase sans savoir où ils mettent les pieds. Il y a des zones où l’on s’enfonce jusqu’aux genoux.{NB}»
L’élu a pris vendredi un arrêté interdisant l’accès au fond du lac. Des rubalises ont été installées, mais elles ne dissuadent pas tout le monde. «{NB}On n’est pas venus de Clermont pour regarder de loin{NB}», lance un visiteur, appareil photo en bandoulière.
La préfecture du Puy-de-Dôme a rappelé dans un communiqué que les sédiments «{NB}peuvent être instables pendant plusieurs semaines{NB}» et que les contrevenants s’exposent à une amende de 135 euros.
Un passé qui resurgit
Pour l’historien Gilles Chassaing, auteur de «{NB}Les Villages sous les eaux{NB}», ces réapparitions ont toujours un effet puissant sur la population. «{NB}On a exproprié 212 personnes en 1951, a-t-il rappelé lors d’une conférence improvisée sur la digue. Beaucoup n’ont jamais été correctement indemnisées, et les familles s’en souviennent.{NB}»
Une association, les Amis de Saint-Ours, demande désormais qu’une stèle soit installée sur la berge. «{NB}Nous ne voulons pas de musée, juste un lieu pour se souvenir{NB}», précise sa présidente, Odile Brugère.
Interrogé sur ce point, Arnaud Pélissier s’est dit «{NB}ouvert à la discussion{NB}». La remise en eau débutera en décembre. Le village disparaîtra de nouveau d’ici au printemps.
Partager : Facebook Twitter WhatsApp E-mail
Newsletter La Montagne Puy-de-Dôme : recevez chaque matin l’essentiel de l’actualité locale. Je m’inscris""",
    [
        (
            "C’est comme si le village respirait à nouveau",
            "Josette Mourgues",
            "Josette Mourgues",
            "souffle",
        ),
        (
            "Là, c’était l’école. Mon père disait toujours : “Le jour où l’eau partira, tu retrouveras ton pupitre.” Il avait raison, le pupitre en moins.",
            "Josette Mourgues",
            ("elle désigne", "elle"),
            "raconte",
        ),
        (
            "Ces travaux sont obligatoires tous les trente ans environ. Nous devons contrôler les vannes de fond et l’état du béton",
            "Arnaud Pélissier",
            "Arnaud Pélissier",
            "explique",
        ),
        (
            "un investissement de 9 millions d’euros",
            "Arnaud Pélissier",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "On a compté plus de 1 500 visiteurs dans la journée, pour un village de 340 habitants",
            "Bernard Tixier",
            "Bernard Tixier",
            "s’alarme",
        ),
        (
            "Certains descendent dans la vase sans savoir où ils mettent les pieds. Il y a des zones où l’on s’enfonce jusqu’aux genoux.",
            "Bernard Tixier",
            None,
            None,
        ),
        (
            "On n’est pas venus de Clermont pour regarder de loin",
            "visiteur",
            "un visiteur",
            "lance",
        ),
        (
            "peuvent être instables pendant plusieurs semaines",
            "préfecture du Puy-de-Dôme",
            "La préfecture du Puy-de-Dôme",
            "a rappelé",
        ),
        (
            "On a exproprié 212 personnes en 1951",
            "Gilles Chassaing",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Beaucoup n’ont jamais été correctement indemnisées, et les familles s’en souviennent.",
            "Gilles Chassaing",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Nous ne voulons pas de musée, juste un lieu pour se souvenir",
            "Odile Brugère",
            "Odile Brugère",
            "précise",
        ),
        ("ouvert à la discussion", "Arnaud Pélissier", "Arnaud Pélissier", "s’est dit"),
    ],
    ["Les Villages sous les eaux"],
)

article(
    "blind21-fr02",
    "fr",
    f"""Parking payant à l’hôpital Loire-Layon : «{NNB}On nous fait payer d’être malades{NNB}»

Angers. Publié le 03/10/2024 à 06h45
Hélène Rabouin

Depuis lundi, il faut sortir sa carte bancaire pour se garer au centre hospitalier Loire-Layon, à Saint-Lambert-la-Potherie. Les trente premières minutes restent gratuites, puis chaque heure est facturée 1,80 €. Une mesure qui passe mal chez les patients et leurs proches.
Michel Guérineau, 67 ans, vient trois fois par semaine pour ses séances de dialyse. Chaque séance dure quatre heures. « On nous fait payer d’être malades. Au bout du mois, ça me coûte plus de 80 euros, juste pour garer ma voiture », calcule le retraité, qui habite à Chalonnes-sur-Loire, sans bus direct.
Même colère chez Sandrine Ménard, dont la fille est hospitalisée en pédiatrie depuis trois semaines. "Je dors ici une nuit sur deux. Qu’est-ce que je suis censée faire, déménager ?"
À lire aussi Angers : les urgences pédiatriques saturées dès le mois de septembre
La direction assume. Dans un communiqué diffusé mardi, l’établissement explique que le parking «{NNB}était saturé en permanence par des véhicules sans lien avec l’hôpital{NNB}», notamment des salariés de la zone d’activités voisine. «{NNB}Les recettes serviront intégralement à financer l’entretien et la sécurisation des 900 places{NNB}», précise l’hôpital dans ce texte.
Contacté, le directeur général, Xavier Le Moal, défend «{NNB}une mesure d’équité{NNB}». «{NNB}Des exonérations existent. Les patients en dialyse, en chimiothérapie et les parents d’enfants hospitalisés peuvent demander un badge gratuit à l’accueil{NNB}», assure-t-il.
Un badge que personne n’a proposé à Michel Guérineau. «{NNB}Je n’en ai jamais entendu parler{NNB}», s’étonne-t-il.
Les syndicats montent au créneau
Le personnel n’est pas épargné : les soignants devront payer un abonnement de 15 € par mois. Pour Nathalie Chupin, infirmière et secrétaire de la CGT du centre hospitalier, c’est «{NNB}la goutte d’eau{NNB}». «{NNB}On manque de bras, on enchaîne les heures supplémentaires et maintenant on nous demande de payer pour venir travailler. Certains collègues vont se garer dans les lotissements, à un kilomètre.{NNB}»
Une pétition intitulée «{NNB}Parking gratuit pour tous à Loire-Layon{NNB}» a déjà recueilli 4 200 signatures en ligne.
Du côté de la mairie de Saint-Lambert-la-Potherie, on se dit «{NNB}embarrassé{NNB}». «{NNB}Ce n’est pas de notre compétence, mais nous avons demandé à la direction de revoir sa copie pour les agents{NNB}», indique l’adjointe à la santé, Claire Bodineau. Mme Bodineau doit rencontrer l’Agence régionale de santé la semaine prochaine.
Un rassemblement est prévu jeudi à 13 h devant l’entrée principale.
Commentaires (23) Réagir""",
    [
        ("On nous fait payer d’être malades", "Michel Guérineau", None, None),
        (
            "On nous fait payer d’être malades. Au bout du mois, ça me coûte plus de 80 euros, juste pour garer ma voiture",
            "Michel Guérineau",
            "le retraité",
            "calcule",
        ),
        (
            "Je dors ici une nuit sur deux. Qu’est-ce que je suis censée faire, déménager ?",
            "Sandrine Ménard",
            "Sandrine Ménard",
            None,
        ),
        (
            "était saturé en permanence par des véhicules sans lien avec l’hôpital",
            "centre hospitalier Loire-Layon",
            "l’établissement",
            "explique",
        ),
        (
            "Les recettes serviront intégralement à financer l’entretien et la sécurisation des 900 places",
            "centre hospitalier Loire-Layon",
            ("précise l’hôpital", "l’hôpital"),
            "précise",
        ),
        ("une mesure d’équité", "Xavier Le Moal", "Xavier Le Moal", "défend"),
        (
            "Des exonérations existent. Les patients en dialyse, en chimiothérapie et les parents d’enfants hospitalisés peuvent demander un badge gratuit à l’accueil",
            "Xavier Le Moal",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "Je n’en ai jamais entendu parler",
            "Michel Guérineau",
            ("s’étonne-t-il", "il"),
            "s’étonne",
        ),
        ("la goutte d’eau", "Nathalie Chupin", "Nathalie Chupin", "Pour"),
        (
            "On manque de bras, on enchaîne les heures supplémentaires et maintenant on nous demande de payer pour venir travailler. Certains collègues vont se garer dans les lotissements, à un kilomètre.",
            "Nathalie Chupin",
            None,
            None,
        ),
        (
            "embarrassé",
            "mairie de Saint-Lambert-la-Potherie",
            "la mairie de Saint-Lambert-la-Potherie",
            "se dit",
        ),
        (
            "Ce n’est pas de notre compétence, mais nous avons demandé à la direction de revoir sa copie pour les agents",
            "Claire Bodineau",
            "Claire Bodineau",
            "indique",
        ),
    ],
    ["Parking gratuit pour tous à Loire-Layon"],
)

article(
    "blind21-fr03",
    "fr",
    """Les Harfangs congédient leur entraîneur-chef après une séquence de neuf défaites

Marc-Antoine Gosselin | Le Journal de Québec
Publié le 19 novembre 2024 à 14h12

LÉVIS | La patience de la direction des Harfangs de Lévis a atteint sa limite. L'organisation a annoncé mardi le congédiement de l'entraîneur-chef Dominic Paradis, en poste depuis deux saisons, au lendemain d'un revers de 7-1 à domicile.
« Ce n'est jamais une décision facile. Dominic est un bon homme de hockey, mais on sentait que le message ne passait plus dans le vestiaire », a expliqué le directeur général Éric Lachance en point de presse, à l'aréna de la Rive-Sud.
L'adjoint Patrick Bélanger assurera l'intérim jusqu'à la fin de la saison. Le DG a toutefois refusé de fermer la porte à une embauche externe. « On va prendre notre temps. Je ne veux pas de solution de dépannage », a-t-il indiqué.
VOIR AUSSI: Repêchage: trois espoirs de la Rive-Sud à surveiller
Neuf défaites de suite
Les Harfangs, qui occupaient le troisième rang de la section Est à la fin d'octobre, ont glissé au 11e rang. L'équipe n'a marqué que 14 buts lors de ses neuf derniers matchs.
Joint au téléphone par Le Journal, Dominic Paradis ne cachait pas sa déception. « Je l'ai appris ce matin, dans le bureau d'Éric. Je pense qu'on était à une victoire de renverser la vapeur, a-t-il confié. Mais c'est leur équipe, c'est leur choix. »
L'entraîneur congédié n'a pas voulu critiquer ses joueurs. « Les gars ont tout donné. Je n'ai rien à leur reprocher. »
Le capitaine Samuel Vachon, lui, a parlé d'un « électrochoc » pour le groupe. « On se sent responsables. C'est nous autres qui sommes sur la glace, pas le coach », a lâché le défenseur de 19 ans après l'entraînement.
Des partisans divisés
Sur les réseaux sociaux, les réactions étaient partagées. Certains partisans réclamaient le départ de Paradis depuis plusieurs semaines, avec le mot-clic « #ParadisDehors ». D'autres y voient un bouc émissaire.
« Le problème, c'est le recrutement, pas le coach », estimait mardi soir Réjean Thibodeau, détenteur de billets de saison depuis 2003, rencontré à la sortie de l'aréna.
Le président des Harfangs, Luc Ferland, a pour sa part tenu à remercier l'entraîneur sortant. « Dominic a contribué au développement de plusieurs de nos jeunes joueurs. Nous lui souhaitons le meilleur pour la suite de sa carrière », a-t-il écrit dans une déclaration transmise aux médias.
Patrick Bélanger dirigera sa première rencontre vendredi soir, à Rimouski.
Commentaires
Vous voulez nous faire part de votre opinion? Écrivez-nous!""",
    [
        (
            "Ce n'est jamais une décision facile. Dominic est un bon homme de hockey, mais on sentait que le message ne passait plus dans le vestiaire",
            "Éric Lachance",
            "Éric Lachance",
            "a expliqué",
        ),
        (
            "On va prendre notre temps. Je ne veux pas de solution de dépannage",
            "Éric Lachance",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "Je l'ai appris ce matin, dans le bureau d'Éric. Je pense qu'on était à une victoire de renverser la vapeur",
            "Dominic Paradis",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Mais c'est leur équipe, c'est leur choix.",
            "Dominic Paradis",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Les gars ont tout donné. Je n'ai rien à leur reprocher.",
            "Dominic Paradis",
            "L'entraîneur congédié",
            None,
        ),
        ("électrochoc", "Samuel Vachon", "Samuel Vachon", "a parlé"),
        (
            "On se sent responsables. C'est nous autres qui sommes sur la glace, pas le coach",
            "Samuel Vachon",
            "le défenseur de 19 ans",
            "a lâché",
        ),
        (
            "Le problème, c'est le recrutement, pas le coach",
            "Réjean Thibodeau",
            "Réjean Thibodeau",
            "estimait",
        ),
        (
            "Dominic a contribué au développement de plusieurs de nos jeunes joueurs. Nous lui souhaitons le meilleur pour la suite de sa carrière",
            "Luc Ferland",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
    ],
    ["#ParadisDehors"],
)

article(
    "blind21-fr04",
    "fr",
    """Lausanne: la Municipalité ferme Le Narval à minuit, les noctambules crient au scandale

Le bar du Flon devra baisser le rideau à minuit pendant six mois. Son patron dénonce une décision «disproportionnée».

Jérôme Cuendet
Publié aujourd’hui à 11h05

La Municipalité de Lausanne a tranché. Le Narval, bar emblématique du quartier du Flon, ne pourra plus servir après minuit jusqu’au 30 avril. En cause, selon l’Exécutif, des «nuisances sonores répétées» et trois bagarres survenues devant l’établissement depuis la rentrée.
«Nous avons reçu plus de quarante plaintes de voisins en deux mois. À un moment donné, il faut agir», justifie Pierre-Alain Rochat, municipal chargé de la Sécurité. Il assure que la mesure «n’est pas une sanction contre la vie nocturne», mais une réponse à «une situation devenue intenable».
Newsletter «Vaud & Régions» Les principales informations du canton, chaque matin. Se connecter
Yann Berthoud, qui dirige Le Narval depuis 2016, tombe des nues. «On parle de vingt emplois. Si on ferme à minuit, on perd 60% de notre chiffre d’affaires. Dans six mois, il n’y aura plus rien à rouvrir», lâche-t-il, attablé dans son bar vide en ce mardi matin.
Le patron affirme avoir engagé deux agents de sécurité supplémentaires en septembre. «Les bagarres dont parle la Ville, elles ont eu lieu à 200 mètres d’ici. On nous colle tout sur le dos.»
Recours annoncé
Son avocate, Me Laure Dufaux, a annoncé un recours auprès de la Cour de droit administratif et public du Tribunal cantonal. «La décision ne repose sur aucun rapport de police précis. Elle viole le principe de proportionnalité», estime-t-elle.
Du côté des riverains, le soulagement domine. «Pour la première fois depuis des mois, j’ai dormi une nuit complète», témoigne une habitante de la rue de Genève, qui préfère taire son nom. Le collectif Flon Tranquille, qui regroupe une soixantaine de locataires, salue «une décision courageuse».
Au Conseil communal, l’affaire divise. Le groupe Lausanne Ouverte a déposé une interpellation urgente. «On ne peut pas vanter Lausanne comme capitale de la nuit et fermer ses bars à la première plainte», ironise son président, le conseiller communal Mathias Gindrat.
«La tranquillité des habitants n’est pas négociable», rétorque la conseillère communale Aurélie Monnard, qui siège à la commission de sécurité.
La pétition «Sauvons le Narval», lancée lundi soir, comptait mardi plus de 3000 signatures.
Le syndic, Olivier Mamboury, n’a pas souhaité s’exprimer. Son entourage indique qu’il «soutient pleinement» la décision du municipal.
Articles en lien
Lausanne: le Flon veut devenir un quartier «zéro voiture» d’ici à 2030""",
    [
        ("disproportionnée", "Yann Berthoud", "Son patron", "dénonce"),
        ("nuisances sonores répétées", "Municipalité de Lausanne", "l’Exécutif", "selon"),
        (
            "Nous avons reçu plus de quarante plaintes de voisins en deux mois. À un moment donné, il faut agir",
            "Pierre-Alain Rochat",
            "Pierre-Alain Rochat",
            "justifie",
        ),
        (
            "n’est pas une sanction contre la vie nocturne",
            "Pierre-Alain Rochat",
            ("Il assure", "Il"),
            "assure",
        ),
        (
            "une situation devenue intenable",
            "Pierre-Alain Rochat",
            ("Il assure", "Il"),
            "assure",
        ),
        (
            "On parle de vingt emplois. Si on ferme à minuit, on perd 60% de notre chiffre d’affaires. Dans six mois, il n’y aura plus rien à rouvrir",
            "Yann Berthoud",
            ("lâche-t-il", "il"),
            "lâche",
        ),
        (
            "Les bagarres dont parle la Ville, elles ont eu lieu à 200 mètres d’ici. On nous colle tout sur le dos.",
            "Yann Berthoud",
            "Le patron",
            None,
        ),
        (
            "La décision ne repose sur aucun rapport de police précis. Elle viole le principe de proportionnalité",
            "Laure Dufaux",
            ("estime-t-elle", "elle"),
            "estime",
        ),
        (
            "Pour la première fois depuis des mois, j’ai dormi une nuit complète",
            "habitante",
            "une habitante de la rue de Genève",
            "témoigne",
        ),
        (
            "une décision courageuse",
            "collectif Flon Tranquille",
            "Le collectif Flon Tranquille",
            "salue",
        ),
        (
            "On ne peut pas vanter Lausanne comme capitale de la nuit et fermer ses bars à la première plainte",
            "Mathias Gindrat",
            "Mathias Gindrat",
            "ironise",
        ),
        (
            "La tranquillité des habitants n’est pas négociable",
            "Aurélie Monnard",
            "Aurélie Monnard",
            "rétorque",
        ),
        ("soutient pleinement", "entourage", "Son entourage", "indique"),
    ],
    ["Vaud & Régions", "Sauvons le Narval", "zéro voiture"],
)

article(
    "blind21-fr05",
    "fr",
    """Haine-Saint-Servais : quinze costumes de Gilles volés à trois semaines du carnaval, « un coup de poignard » pour la société

Par Kevin Dupuis
Publié le 06/02/2025 à 16:48

La consternation règne à la société de Gilles « Les Infatigables » de Haine-Saint-Servais. Dans la nuit de mercredi à jeudi, des voleurs ont forcé la porte du local où étaient entreposés les costumes, en vue du carnaval du 2 mars. Quinze habits complets, avec leurs chapeaux à plumes d’autruche, ont disparu.
« C’est un coup de poignard. Certains de ces costumes ont plus de quarante ans, ils passent de père en fils », se désole Freddy Lambot, président de la société depuis 2009. « On parle d’une valeur de 45.000 euros, mais pour nous, ça n’a pas de prix. »
Les plumes à elles seules coûtent une fortune. Selon le président, un chapeau complet revient à « plus de 1.500 euros ».
LIRE AUSSI | Binche : le carnaval 2025 aura bien lieu malgré les travaux
Le local de la rue des Trieux, où les costumes étaient stockés. - D.R.
Les voleurs savaient ce qu’ils cherchaient
La police locale de la zone Haute-Haine a ouvert une enquête. « Il n’y a pas eu d’autres vols dans le quartier cette nuit-là. Les auteurs semblaient savoir exactement où se trouvaient les costumes », indique le commissaire Didier Vanbrabant, porte-parole de la zone. Un appel à témoins a été lancé.
Jonathan, 23 ans, devait danser pour la première fois avec le costume de son grand-père. Il confie, la voix serrée : « Mon grand-père est décédé en octobre. Ce costume, c’était tout ce qui me restait de lui. Je demande juste aux voleurs de le rendre, sans poser de questions. »
Le bourgmestre, Alain Delhaye, a promis une aide de la commune. « Le carnaval aura lieu, et les Infatigables danseront. La Ville prendra en charge une partie des frais de location », a-t-il assuré ce jeudi midi.
Un élan de solidarité
Sur Facebook, les messages de soutien se multiplient. Plusieurs sociétés voisines ont proposé de prêter des costumes. « Entre Gilles, on se serre les coudes, c’est ça le folklore », commente Marie-Paule Dewez, présidente de l’Association des sociétés folkloriques de la région.
Un loueur de costumes de La Louvière s’est également manifesté. Il propose de fournir les habits « à prix coûtant » jusqu’au mardi gras.
Toute personne disposant d’informations est priée de contacter la police locale au 064/99.12.34.
Partager cet article
Les plus lus""",
    [
        ("un coup de poignard", "Freddy Lambot", None, None),
        (
            "C’est un coup de poignard. Certains de ces costumes ont plus de quarante ans, ils passent de père en fils",
            "Freddy Lambot",
            "Freddy Lambot",
            "se désole",
        ),
        (
            "On parle d’une valeur de 45.000 euros, mais pour nous, ça n’a pas de prix.",
            "Freddy Lambot",
            None,
            None,
        ),
        ("plus de 1.500 euros", "Freddy Lambot", ("Selon le président", "le président"), "Selon"),
        (
            "Il n’y a pas eu d’autres vols dans le quartier cette nuit-là. Les auteurs semblaient savoir exactement où se trouvaient les costumes",
            "Didier Vanbrabant",
            "Didier Vanbrabant",
            "indique",
        ),
        (
            "Mon grand-père est décédé en octobre. Ce costume, c’était tout ce qui me restait de lui. Je demande juste aux voleurs de le rendre, sans poser de questions.",
            "Jonathan",
            ("Il confie", "Il"),
            "confie",
        ),
        (
            "Le carnaval aura lieu, et les Infatigables danseront. La Ville prendra en charge une partie des frais de location",
            "Alain Delhaye",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Entre Gilles, on se serre les coudes, c’est ça le folklore",
            "Marie-Paule Dewez",
            "Marie-Paule Dewez",
            "commente",
        ),
        ("à prix coûtant", "loueur", ("Il propose", "Il"), "propose"),
    ],
    ["Les Infatigables"],
)

article(
    "blind21-fr06",
    "fr",
    f"""Frontaliers:{NB}«Trois heures par jour dans les bus, c'est intenable»

LUXEMBOURG - Les travaux sur la ligne Thionville-Luxembourg vont durer six semaines de plus que prévu. Les frontaliers sont à bout.

Thomas Hengen
Publié: 12.03.2025, 07:15

Mauvaise nouvelle pour les quelque 18 000 frontaliers qui empruntent chaque jour la ligne entre Thionville et Luxembourg. Rail Grand-Ducal (RGD) a annoncé mardi que les travaux de renouvellement des voies, débutés le 3 février, ne se termineront pas avant le 20 avril, au lieu du 8 mars initialement prévu.
«Des défauts imprévus ont été découverts sur deux ouvrages d'art à Bettembourg. La sécurité des voyageurs ne se négocie pas», a justifié RGD dans un communiqué. Des bus de substitution continueront de circuler toutes les dix minutes aux heures de pointe.
Sur le quai de la gare de Thionville, mercredi matin, la nouvelle passe mal. «Trois heures par jour dans les bus, c'est intenable», soupire Nadège Schmitt, comptable dans une banque du Kirchberg. «Je pars de chez moi à 5h45 et je rentre après 19h. Mes enfants, je ne les vois plus.»
À lire aussi: Le télétravail des frontaliers bientôt étendu?
Julien, 41 ans, a fait ses calculs. «Avec les retards, j'ai perdu l'équivalent de quatre jours de travail depuis février», affirme cet informaticien, qui envisage désormais de reprendre sa voiture malgré les bouchons de l'A31.
«On a été patients»
L'association Frontaliers unis réclame des compensations. «On a été patients, on a accepté les bus. Mais là, on demande au minimum le remboursement d'un mois d'abonnement», a indiqué à L'essentiel son président, Patrick Mertz. L'association a écrit à la ministre de la Mobilité la semaine dernière et attend toujours une réponse.
Interrogée mercredi à la Chambre, Carole Weis-Hoffmann s'est dite «consciente des désagréments». «Je comprends l'exaspération des usagers. J'ai demandé à RGD d'étudier un geste commercial», a déclaré la ministre, sans donner de calendrier.
Côté français, la Région Grand Est assure «suivre la situation de près». Un renfort de trains entre Metz et Thionville est à l'étude, selon un porte-parole. Les usagers sont invités à consulter l'application de RGD avant chaque trajet.
(th/L'essentiel)
Tu as une info ou une photo? Envoie-la-nous!
Tu veux réagir? Les commentaires sont fermés pour cet article.""",
    [
        ("Trois heures par jour dans les bus, c'est intenable", "Nadège Schmitt", None, None),
        (
            "Des défauts imprévus ont été découverts sur deux ouvrages d'art à Bettembourg. La sécurité des voyageurs ne se négocie pas",
            "Rail Grand-Ducal",
            ("a justifié RGD", "RGD"),
            "a justifié",
        ),
        (
            "Trois heures par jour dans les bus, c'est intenable",
            "Nadège Schmitt",
            "Nadège Schmitt",
            "soupire",
        ),
        (
            "Je pars de chez moi à 5h45 et je rentre après 19h. Mes enfants, je ne les vois plus.",
            "Nadège Schmitt",
            None,
            None,
        ),
        (
            "Avec les retards, j'ai perdu l'équivalent de quatre jours de travail depuis février",
            "Julien",
            "cet informaticien",
            "affirme",
        ),
        ("On a été patients", "Patrick Mertz", None, None),
        (
            "On a été patients, on a accepté les bus. Mais là, on demande au minimum le remboursement d'un mois d'abonnement",
            "Patrick Mertz",
            "Patrick Mertz",
            "a indiqué",
        ),
        (
            "consciente des désagréments",
            "Carole Weis-Hoffmann",
            "Carole Weis-Hoffmann",
            "s'est dite",
        ),
        (
            "Je comprends l'exaspération des usagers. J'ai demandé à RGD d'étudier un geste commercial",
            "Carole Weis-Hoffmann",
            "la ministre",
            "a déclaré",
        ),
        ("suivre la situation de près", "Région Grand Est", "la Région Grand Est", "assure"),
    ],
)

article(
    "blind21-fr07",
    "fr",
    f"""Rencontre avec Inès, 26 ans, conductrice de tram la nuit et star de TikTok

Ses vidéos cumulent plus de 12 millions de vues. On a discuté avec elle de solitude, de passagers improbables et de croissants à 4 heures du mat’.

Par Léa Fournival
Publié le 21 janvier 2025

Tous les soirs, ou presque, Inès Belkacem prend son service à 22 h 30 au dépôt de la ligne 3, à Montpellier. Et depuis un an, elle emmène avec elle ses 480 000 abonné·e·s sur TikTok, sous le pseudo «{NB}@ines_en_tram{NB}». Des vidéos tournées à l’arrêt, casque sur la tête, dans lesquelles elle raconte les coulisses de son métier.
«{NB}Au début, je faisais ça pour mes potes. Je leur envoyais des petites vidéos pour leur montrer la ville vide, les lumières, le silence.
«{NB}Et puis une vidéo a fait un million de vues en une nuit. Je me suis réveillée, mon téléphone avait littéralement chauffé{NB}», raconte-t-elle en rigolant.
À voir aussi sur Konbini
Son employeur, la régie Tramways du Littoral (TDL), a d’abord tiqué. Aujourd’hui, TDL assume et parle même d’une «{NB}ambassadrice{NB}». «{NB}Inès donne une image moderne et humaine du métier. Nous recrutons 40 conducteurs cette année, et plusieurs candidats nous ont dit l’avoir découverte sur les réseaux{NB}», indique la responsable de la communication, Sonia Ferrat.
On lui a posé quelques questions.
Konbini : C’est quoi, le passager le plus improbable que tu aies croisé ?
Inès Belkacem : Un mec déguisé en homard, un mardi de novembre, à 1 heure du matin. Il est monté à la station Place-de-l’Europe et il m’a dit : “Je rentre d’un mariage, ne me juge pas.” Je ne l’ai pas jugé.
Konbini : Tu ne te sens jamais seule ?
Inès Belkacem : Si, parfois. Mais j’ai une collègue, Maëva, qui fait la même ligne en sens inverse. On se croise toutes les quarante minutes et on se fait un appel de phares. C’est notre petit rituel.
Konbini : Et les critiques ?
Inès Belkacem : Il y en a. Un syndicaliste m’a reproché de “faire de la pub pour la direction”. Je comprends, mais je parle de mon métier, pas de la direction.
Du côté de l’Union syndicale des agents du tram (USAT), on tient à préciser les choses. «{NB}Ce n’est pas contre elle, nuance Bruno Caylus, délégué de l’USAT. Mais pendant qu’on la filme en train de sourire, on manque de conducteurs et les plannings explosent.{NB}»
Pour la suite, Inès a déjà une idée : un livre, dont le titre est tout trouvé, «{NB}Terminus, tout le monde descend{NB}». «{NB}Mais d’abord, je dois finir ma nuit{NB}», sourit-elle avant de remonter dans sa cabine.
Konbini, partout, tout le temps. Télécharge l’app.""",
    [
        (
            "Au début, je faisais ça pour mes potes. Je leur envoyais des petites vidéos pour leur montrer la ville vide, les lumières, le silence.",
            "Inès Belkacem",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "Et puis une vidéo a fait un million de vues en une nuit. Je me suis réveillée, mon téléphone avait littéralement chauffé",
            "Inès Belkacem",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        ("ambassadrice", "Tramways du Littoral", ("TDL assume", "TDL"), "parle"),
        (
            "Inès donne une image moderne et humaine du métier. Nous recrutons 40 conducteurs cette année, et plusieurs candidats nous ont dit l’avoir découverte sur les réseaux",
            "Sonia Ferrat",
            "Sonia Ferrat",
            "indique",
        ),
        ("Je rentre d’un mariage, ne me juge pas.", "mec", ("il m’a dit", "il"), "m’a dit"),
        (
            "faire de la pub pour la direction",
            "syndicaliste",
            "Un syndicaliste",
            "m’a reproché",
        ),
        ("Ce n’est pas contre elle", "Bruno Caylus", "Bruno Caylus", "nuance"),
        (
            "Mais pendant qu’on la filme en train de sourire, on manque de conducteurs et les plannings explosent.",
            "Bruno Caylus",
            "Bruno Caylus",
            "nuance",
        ),
        (
            "Mais d’abord, je dois finir ma nuit",
            "Inès Belkacem",
            ("sourit-elle", "elle"),
            "sourit",
        ),
    ],
    ["@ines_en_tram", "Terminus, tout le monde descend"],
)

article(
    "blind21-fr08",
    "fr",
    f"""Assurance habitation : les primes vont encore bondir de 12 % en 2025

DÉCRYPTAGE - Sécheresses, grêle, inondations : la facture des catastrophes naturelles s’envole et les assureurs la répercutent sur leurs clients.

Par Anne-Sophie Guérin
Publié il y a 2 heures, mis à jour il y a 35 minutes
Écouter cet article 00:00/04:12

Les propriétaires n’ont pas fini de payer la facture du dérèglement climatique. Selon les projections de l’Union française de l’assurance (UFA), dévoilées ce mardi, les cotisations d’assurance habitation augmenteront en moyenne de 12 % l’an prochain, après une hausse de 8 % en 2024. «{NNB}Nous ne faisons que répercuter la réalité du risque{NNB}», a plaidé son président, Hervé Delcourt, lors d’une conférence de presse à Paris.
La sinistralité liée aux événements naturels – sécheresses, inondations, grêle – a atteint 6,4 milliards d’euros en 2024, un record. «{NNB}Le phénomène de retrait-gonflement des argiles, qui fissure les maisons, coûte désormais plus cher que les tempêtes. Et il ne touche plus seulement le Sud-Ouest{NNB}», détaille M. Delcourt.
À lire aussi Fissures, sécheresse : ces 10 millions de maisons menacées
Un rapport alarmant
Un rapport de l’Observatoire national des risques climatiques (ONRC), publié la semaine dernière et intitulé «{NNB}Assurer l’inassurable ?{NNB}», dessine une trajectoire inquiétante. «{NNB}Sans adaptation du bâti, une partie du territoire pourrait devenir inassurable d’ici à 2040{NNB}», avertit l’ONRC, qui recommande de moduler le régime d’indemnisation des catastrophes naturelles.
Du côté des assureurs mutualistes, on nuance. Chez Mutuelle Atlantique, troisième acteur du marché, la directrice générale, Françoise Lebreton-Kahn, conteste toute hausse «{NNB}uniforme{NNB}». «{NNB}Nos tarifs progresseront de 6 à 15 % selon les zones. Un assuré de Brest ne paiera pas la même chose qu’un assuré d’Agen, et c’est normal{NNB}», explique Mme Lebreton-Kahn au Figaro.
Un argument qui ne convainc pas les associations de consommateurs. «{NNB}On pénalise deux fois les ménages qui habitent dans les zones exposées : une première fois quand leur maison se fissure, une seconde fois quand leur prime explose{NNB}», dénonce Thierry Maucourt, porte-parole de l’association Consommateurs solidaires.
Bercy temporise
Au ministère de l’Économie, on suit le dossier «{NNB}avec attention{NNB}». Un conseiller ministériel, qui requiert l’anonymat, reconnaît toutefois que «{NNB}les marges de manœuvre budgétaires sont nulles{NNB}». «{NNB}L’État ne peut pas se substituer aux assureurs. La seule réponse durable, c’est la prévention.{NNB}»
Pour Julien Aubertin, analyste chez Kervel Finance, la hausse n’est « qu’un début ». « Les réassureurs ont relevé leurs prix de 20 % en janvier. Ce coût-là, les assureurs finiront par le faire payer aux clients », prévient-il.
Cet article est réservé aux abonnés. Il vous reste 45 % à découvrir.
Vente Flash : 1 € le premier mois, sans engagement. Je m’abonne""",
    [
        (
            "Nous ne faisons que répercuter la réalité du risque",
            "Hervé Delcourt",
            "Hervé Delcourt",
            "a plaidé",
        ),
        (
            "Le phénomène de retrait-gonflement des argiles, qui fissure les maisons, coûte désormais plus cher que les tempêtes. Et il ne touche plus seulement le Sud-Ouest",
            "Hervé Delcourt",
            "M. Delcourt",
            "détaille",
        ),
        (
            "Sans adaptation du bâti, une partie du territoire pourrait devenir inassurable d’ici à 2040",
            "Observatoire national des risques climatiques",
            ("avertit l’ONRC", "l’ONRC"),
            "avertit",
        ),
        ("uniforme", "Françoise Lebreton-Kahn", "Françoise Lebreton-Kahn", "conteste"),
        (
            "Nos tarifs progresseront de 6 à 15 % selon les zones. Un assuré de Brest ne paiera pas la même chose qu’un assuré d’Agen, et c’est normal",
            "Françoise Lebreton-Kahn",
            "Mme Lebreton-Kahn",
            "explique",
        ),
        (
            "On pénalise deux fois les ménages qui habitent dans les zones exposées : une première fois quand leur maison se fissure, une seconde fois quand leur prime explose",
            "Thierry Maucourt",
            "Thierry Maucourt",
            "dénonce",
        ),
        ("avec attention", "ministère de l’Économie", "ministère de l’Économie", None),
        (
            "les marges de manœuvre budgétaires sont nulles",
            "conseiller ministériel",
            "Un conseiller ministériel",
            "reconnaît",
        ),
        (
            "L’État ne peut pas se substituer aux assureurs. La seule réponse durable, c’est la prévention.",
            "conseiller ministériel",
            None,
            None,
        ),
        ("qu’un début", "Julien Aubertin", "Julien Aubertin", "Pour"),
        (
            "Les réassureurs ont relevé leurs prix de 20 % en janvier. Ce coût-là, les assureurs finiront par le faire payer aux clients",
            "Julien Aubertin",
            ("prévient-il", "il"),
            "prévient",
        ),
    ],
    ["Assurer l’inassurable ?"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind21_fr.jsonl"), WORDS_RANGE)
