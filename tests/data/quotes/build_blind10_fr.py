# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind10_fr.jsonl: a tenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented (outlets are only named as page shapes).
Beats: a cyberbullying faits divers (a mother's testimony, the procureur's communiqué, the
school), avian flu culling on duck farms (a GAEC, the préfète, a farmers' union leader, a
vet), a frozen-food merger in the business pages (two CEOs, an analyst, a Bercy source, a union
delegate), a Senate commission of inquiry grilling a minister over energy-saving fraud, an AFP
wire on a foreign minister's visit to Paris (joint declaration, an anonymous diplomat, exiled
opponents), a small ski resort that will not reopen (local radio: mayor, lift operator,
parents), a mayor banning a rapper's concert (Instagram video, lawyer, fans, the ministry) and
a meteorite falling on a farm shed (farmer, his son, an astrophysicist, the gendarmerie).
Padding varies: NBSP, NNBSP, plain spaces, none; “ ” appear on their own and nested inside « ».

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind10_fr.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind10-fr01",
    "fr",
    f"""Cyberharcèlement à Savigny-les-Ormes : «{NB}Ma fille n’osait plus sortir de sa chambre{NB}», raconte la mère d’une collégienne

Par Clémence Rivaud
Le 14 novembre 2026 à 19h12, modifié le 15 novembre 2026 à 08h03

Pendant trois mois, Inès, 13 ans, a reçu chaque soir des dizaines de messages insultants sur son téléphone. Sa mère, Nadia Bellouch, a accepté de témoigner auprès du Parisien, quelques jours après l’interpellation de quatre adolescents de son collège. «{NB}Au début, elle en riait. Puis elle a arrêté de manger, elle n’osait plus sortir de sa chambre{NB}», raconte cette aide-soignante de 41 ans, la voix serrée.
Les messages étaient envoyés depuis un compte anonyme baptisé «{NB}la_vérité_du_bahut{NB}», qui publiait aussi des photos de l’adolescente prises à son insu dans la cour.
Nadia Bellouch, à son domicile, mercredi. LP/Clémence Rivaud
C’est une professeure principale qui a donné l’alerte, début octobre. «{NB}Elle s’est effondrée en plein cours de SVT. Là, on a compris que c’était grave{NB}», se souvient Mme Bellouch. La famille a déposé plainte le 21 octobre au commissariat de Montvaillant.
Partager cet article : Facebook · X · WhatsApp · Copier le lien
Dans un communiqué publié vendredi, le parquet d’Orvanne indique que quatre mineurs âgés de 13 à 15 ans ont été placés en garde à vue mardi puis présentés à un juge des enfants. «{NB}Les faits, d’une particulière gravité, se sont étendus sur plusieurs semaines et ont eu des répercussions importantes sur l’état de santé de la victime{NB}», précise le procureur de la République, Laurent Despiau.
Trois d’entre eux ont été mis en examen pour harcèlement moral aggravé, le quatrième a été placé sous le statut de témoin assisté. Le parquet rappelle que ces faits sont punis «{NB}de deux ans d’emprisonnement et de 30{NNB}000 euros d’amende{NB}» lorsqu’ils visent un mineur.
Lire aussi : Orvanne : un adolescent mis en examen après une agression devant un lycée
Le principal du collège des Tilleuls, Hervé Quinsac, assure que l’établissement «{NB}a réagi dès le premier signalement{NB}». «{NB}Nous avons reçu la famille dans les quarante-huit heures et déclenché le protocole de lutte contre le harcèlement{NB}», a-t-il indiqué au Parisien.
Un récit que conteste Nadia Bellouch. «{NB}On nous a répondu que c’étaient “des histoires de gamins”. Il a fallu que ma fille finisse aux urgences pour que quelqu’un bouge.{NB}» Elle dit avoir envoyé trois courriels à la direction en septembre, restés sans réponse.
Aujourd’hui, Inès suit ses cours à distance, avec l’aide du Centre national d’enseignement à distance, et voit une psychologue deux fois par semaine. «{NB}Elle reprend doucement confiance. Elle a recommencé le dessin, elle parle de devenir avocate{NB}», sourit sa mère.
Pour Samia Kherbouche, de l’association Trait d’Union Jeunesse, qui accompagne la famille, l’affaire montre «{NB}l’impuissance des établissements face aux réseaux sociaux{NB}». «{NB}Les plateformes suppriment un compte en quelques heures quand la police le demande, jamais quand une mère le signale{NB}», dénonce-t-elle.
Newsletter Orvanne — Recevez chaque matin l’essentiel de l’actualité de votre département. S’inscrire
Les quatre adolescents doivent être jugés par le tribunal pour enfants au printemps. «{NB}Je ne veux pas de vengeance. Je veux qu’ils comprennent ce qu’ils ont fait{NB}», conclut Nadia Bellouch.""",
    [
        (
            "Ma fille n’osait plus sortir de sa chambre",
            "Nadia Bellouch",
            ("raconte la mère", "la mère"),
            "raconte",
        ),
        (
            "Au début, elle en riait. Puis elle a arrêté de manger, elle n’osait plus sortir de sa chambre",
            "Nadia Bellouch",
            "cette aide-soignante de 41 ans",
            "raconte",
        ),
        (
            "Elle s’est effondrée en plein cours de SVT. Là, on a compris que c’était grave",
            "Nadia Bellouch",
            "Mme Bellouch",
            "se souvient",
        ),
        (
            "Les faits, d’une particulière gravité, se sont étendus sur plusieurs semaines et ont eu des répercussions importantes sur l’état de santé de la victime",
            "Laurent Despiau",
            "Laurent Despiau",
            "précise",
        ),
        (
            f"de deux ans d’emprisonnement et de 30{NNB}000 euros d’amende",
            "parquet d’Orvanne",
            "Le parquet",
            "rappelle",
        ),
        ("a réagi dès le premier signalement", "Hervé Quinsac", "Hervé Quinsac", "assure"),
        (
            "Nous avons reçu la famille dans les quarante-huit heures et déclenché le protocole de lutte contre le harcèlement",
            "Hervé Quinsac",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "On nous a répondu que c’étaient “des histoires de gamins”. Il a fallu que ma fille finisse aux urgences pour que quelqu’un bouge.",
            "Nadia Bellouch",
            ("conteste Nadia Bellouch", "Nadia Bellouch"),
            None,
        ),
        (
            "Elle reprend doucement confiance. Elle a recommencé le dessin, elle parle de devenir avocate",
            "Nadia Bellouch",
            "sa mère",
            "sourit",
        ),
        (
            "l’impuissance des établissements face aux réseaux sociaux",
            "Samia Kherbouche",
            "Samia Kherbouche",
            "Pour",
        ),
        (
            "Les plateformes suppriment un compte en quelques heures quand la police le demande, jamais quand une mère le signale",
            "Samia Kherbouche",
            ("dénonce-t-elle", "elle"),
            "dénonce-t-elle",
        ),
        (
            "Je ne veux pas de vengeance. Je veux qu’ils comprennent ce qu’ils ont fait",
            "Nadia Bellouch",
            "Nadia Bellouch",
            "conclut",
        ),
    ],
    ["la_vérité_du_bahut"],
)

article(
    "blind10-fr02",
    "fr",
    """Grippe aviaire : dans le canton de Pleurmeuc, les éleveurs de canards sous le choc

Ouest-France · Gwendal Le Floch · Publié le 09/11/2026 à 17h45

Un troisième foyer d'influenza aviaire a été confirmé lundi dans un élevage de canards de Lanvézec, portant à 48 000 le nombre de volailles abattues en dix jours dans le canton de Pleurmeuc. La préfète, Anne-Sophie Verdier, a déclaré lundi soir : « La situation est sérieuse mais maîtrisée. Toutes les mesures de biosécurité sont appliquées, et elles le seront avec la plus grande fermeté. »
Partager : Facebook Twitter LinkedIn E-mail
Au GAEC de Kerbihan, Yann et Maëlle Guézennec ont vu partir leurs 9 000 canards mardi matin, chargés dans des camions bâchés. « On les a vus naître, on les a nourris, et en deux heures tout était fini », souffle Maëlle Guézennec, 36 ans, installée avec son frère depuis 2015.
« Le pire, c'est le silence dans les bâtiments, ajoute Yann Guézennec. Le matin, on se lève encore à 5 heures, par habitude, et il n'y a plus rien à faire. »
Photo : Ouest-France / G. Le Floch
Les deux éleveurs devront patienter au moins six semaines avant de pouvoir envisager un repeuplement, le temps du nettoyage et de la désinfection des bâtiments, puis d'un vide sanitaire contrôlé par les services de l'État.
Erwan Tanguy, président de la FDSEA, a pris la parole mardi soir devant une quarantaine d'éleveurs réunis à la salle des fêtes de Pleurmeuc : « L'État promet, l'État promet, mais les trésoreries sont à sec. Certains collègues n'ont toujours rien touché pour l'épisode de 2025.
« Si les aides ne sont pas versées avant Noël, on va perdre des exploitations, et pas des petites. Il faut un fonds d'urgence, tout de suite. »
Interrogée sur ce point, la préfecture assure que « 80 % des dossiers » de l'an dernier ont été soldés. « Les derniers paiements interviendront d'ici à la fin du mois », précise-t-on dans l'entourage de la préfète.
À lire aussi : Influenza aviaire : ce qu'il faut savoir sur les zones réglementées
Selon le Dr Pauline Lherbier, vétérinaire au groupement de défense sanitaire, le virus « circule activement dans la faune sauvage ». « On a retrouvé des goélands et des mouettes positifs sur tout le littoral. Tant que les oiseaux migrateurs passeront, le risque restera maximal », explique la vétérinaire, qui appelle à ne pas relâcher la vigilance dans les petites basses-cours.
Les éleveurs du secteur doivent désormais appliquer le dispositif « Biosécurité 2027 », qui impose la mise à l'abri des volailles et le contrôle des véhicules à l'entrée des exploitations. Une mesure « inapplicable » dans les élevages en plein air, selon Erwan Tanguy.
Recevez chaque soir l'essentiel de l'actualité de votre département avec notre newsletter.
Maëlle Guézennec, elle, hésite à repeupler. « On nous demande de tout désinfecter, d'attendre six semaines, puis de recommencer comme si de rien n'était. Je ne sais pas si j'en ai encore la force », confie l'éleveuse.""",
    [
        (
            "La situation est sérieuse mais maîtrisée. Toutes les mesures de biosécurité sont appliquées, et elles le seront avec la plus grande fermeté.",
            "Anne-Sophie Verdier",
            "Anne-Sophie Verdier",
            "a déclaré",
        ),
        (
            "On les a vus naître, on les a nourris, et en deux heures tout était fini",
            "Maëlle Guézennec",
            "Maëlle Guézennec",
            "souffle",
        ),
        (
            "Le pire, c'est le silence dans les bâtiments",
            "Yann Guézennec",
            "Yann Guézennec",
            "ajoute",
        ),
        (
            "Le matin, on se lève encore à 5 heures, par habitude, et il n'y a plus rien à faire.",
            "Yann Guézennec",
            "Yann Guézennec",
            "ajoute",
        ),
        (
            "L'État promet, l'État promet, mais les trésoreries sont à sec. Certains collègues n'ont toujours rien touché pour l'épisode de 2025.",
            "Erwan Tanguy",
            "Erwan Tanguy",
            "a pris la parole",
        ),
        (
            "Si les aides ne sont pas versées avant Noël, on va perdre des exploitations, et pas des petites. Il faut un fonds d'urgence, tout de suite.",
            "Erwan Tanguy",
            "Erwan Tanguy",
            "a pris la parole",
        ),
        ("80 % des dossiers", "préfecture", "la préfecture", "assure"),
        (
            "Les derniers paiements interviendront d'ici à la fin du mois",
            "entourage",
            "l'entourage de la préfète",
            "précise-t-on",
        ),
        (
            "circule activement dans la faune sauvage",
            "Pauline Lherbier",
            "Pauline Lherbier",
            "Selon",
        ),
        (
            "On a retrouvé des goélands et des mouettes positifs sur tout le littoral. Tant que les oiseaux migrateurs passeront, le risque restera maximal",
            "Pauline Lherbier",
            "la vétérinaire",
            "explique",
        ),
        ("inapplicable", "Erwan Tanguy", ("selon Erwan Tanguy", "Erwan Tanguy"), "selon"),
        (
            "On nous demande de tout désinfecter, d'attendre six semaines, puis de recommencer comme si de rien n'était. Je ne sais pas si j'en ai encore la force",
            "Maëlle Guézennec",
            "l'éleveuse",
            "confie",
        ),
    ],
    ["Biosécurité 2027"],
)

article(
    "blind10-fr03",
    "fr",
    f"""Surgelés : Givrelia et Nordgel s’unissent pour créer un champion européen

Par Mathilde Orsini
Publié le 18 nov. 2026 à 7:30 | Mis à jour le 18 nov. 2026 à 11:02

C’est l’une des plus importantes opérations de l’année dans l’agroalimentaire. Le fabricant de plats surgelés Givrelia, basé à Saint-Avrel, et son concurrent Nordgel ont annoncé mardi soir leur rapprochement, qui donnera naissance à un groupe de 3,4 milliards d’euros de chiffre d’affaires et de 11{NNB}000 salariés.
«{NNB}Ce mariage est celui de deux entreprises familiales qui partagent la même obsession{NNB}: la qualité{NNB}», a déclaré Bérénice Alloing, PDG de Givrelia, qui prendra la direction générale du nouvel ensemble, provisoirement baptisé «{NNB}GN Foods{NNB}».
Son homologue chez Nordgel, Pieter Vandamme, deviendra président du conseil d’administration. «{NNB}Seuls, nous étions trop petits face aux géants américains. Ensemble, nous pourrons enfin investir{NNB}», a-t-il fait valoir lors d’une conférence téléphonique avec les analystes.
Lire aussi : ANALYSE - Les surgelés, un marché saturé qui cherche la croissance hors de France
L’opération, entièrement réalisée en actions, valorise Nordgel à 1,2 milliard d’euros. Les actionnaires de Givrelia détiendront 58{NNB}% du nouveau groupe. Les synergies sont estimées à 140 millions d’euros par an d’ici à 2029, un objectif jugé «{NNB}ambitieux mais crédible{NNB}» par Thomas Réveillère, analyste chez Kestrel Securities. «{NNB}Le vrai sujet, ce sont les usines. Il y a clairement des doublons, notamment dans les pizzas et les légumes cuisinés{NNB}», ajoute-t-il.
La direction s’en défend. «{NNB}Aucune fermeture de site n’est prévue, a assuré Mme Alloing. Nous aurons besoin de toutes nos capacités pour servir nos clients.{NNB}» Les deux marques phares, «{NNB}Chef Frimas{NNB}» et «{NNB}Polaria{NNB}», seront conservées.
À Bercy, on suit le dossier de près. «{NNB}Nous serons très attentifs aux engagements sur l’emploi et au maintien du siège en France{NNB}», indique une source au ministère de l’Économie.
Côté syndical, l’accueil est glacial. «{NNB}On a appris la nouvelle par la presse, comme tout le monde. Les promesses de la direction, on les a déjà entendues en 2019, avant la fermeture de Lunel-Haut{NNB}», tacle le délégué syndical central de Givrelia, Franck Moyrand. Il réclame un «{NNB}accord de méthode{NNB}» avant toute restructuration.
Newsletter Industrie & Services — Chaque jeudi, l’essentiel de l’actualité des entreprises. Je m’inscris
En Bourse, l’action Givrelia a bondi de 9,3{NNB}% mercredi matin. Pour Sandrine Oukhaled, gérante chez Alvéa Gestion, le marché salue «{NNB}une logique industrielle évidente{NNB}». «{NNB}Mais l’exécution sera longue{NNB}: deux cultures, deux systèmes informatiques, deux réseaux logistiques{NNB}», nuance la gérante.
L’opération doit encore recevoir le feu vert des autorités de la concurrence. «{NNB}Nous n’anticipons pas de difficulté majeure, nos parts de marché se recoupent peu{NNB}», a précisé le directeur financier de Nordgel, Koen Maertens, qui table sur une finalisation à l’été 2027.
Partager : LinkedIn · X · Facebook · E-mail""",
    [
        (
            f"Ce mariage est celui de deux entreprises familiales qui partagent la même obsession{NNB}: la qualité",
            "Bérénice Alloing",
            "Bérénice Alloing",
            "a déclaré",
        ),
        (
            "Seuls, nous étions trop petits face aux géants américains. Ensemble, nous pourrons enfin investir",
            "Pieter Vandamme",
            ("a-t-il fait valoir", "il"),
            "a-t-il fait valoir",
        ),
        ("ambitieux mais crédible", "Thomas Réveillère", "Thomas Réveillère", "jugé"),
        (
            "Le vrai sujet, ce sont les usines. Il y a clairement des doublons, notamment dans les pizzas et les légumes cuisinés",
            "Thomas Réveillère",
            ("ajoute-t-il", "il"),
            "ajoute-t-il",
        ),
        (
            "Aucune fermeture de site n’est prévue",
            "Bérénice Alloing",
            "Mme Alloing",
            "a assuré",
        ),
        (
            "Nous aurons besoin de toutes nos capacités pour servir nos clients.",
            "Bérénice Alloing",
            "Mme Alloing",
            "a assuré",
        ),
        (
            "Nous serons très attentifs aux engagements sur l’emploi et au maintien du siège en France",
            "source",
            "une source",
            "indique",
        ),
        (
            "On a appris la nouvelle par la presse, comme tout le monde. Les promesses de la direction, on les a déjà entendues en 2019, avant la fermeture de Lunel-Haut",
            "Franck Moyrand",
            "Franck Moyrand",
            "tacle",
        ),
        ("accord de méthode", "Franck Moyrand", ("Il réclame", "Il"), "réclame"),
        (
            "une logique industrielle évidente",
            "Sandrine Oukhaled",
            "Sandrine Oukhaled",
            "Pour",
        ),
        (
            f"Mais l’exécution sera longue{NNB}: deux cultures, deux systèmes informatiques, deux réseaux logistiques",
            "Sandrine Oukhaled",
            "la gérante",
            "nuance",
        ),
        (
            "Nous n’anticipons pas de difficulté majeure, nos parts de marché se recoupent peu",
            "Koen Maertens",
            "Koen Maertens",
            "a précisé",
        ),
    ],
    ["GN Foods", "Chef Frimas", "Polaria"],
)

article(
    "blind10-fr04",
    "fr",
    f"""Fraude aux certificats d’économies d’énergie : la ministre sur le gril au Sénat

Public Sénat — par Antoine Delrieu
Publié le 20/11/2026 à 16:48

Pendant près de trois heures, la ministre déléguée à l’Énergie, Claire Fontanieu, a été auditionnée jeudi par la commission d’enquête sénatoriale sur les fraudes aux certificats d’économies d’énergie (CEE). Face à elle, le rapporteur, le sénateur Régis Albaret, n’a pas ménagé ses questions.
«{NB}Madame la ministre, combien de milliards ont été détournés depuis 2018{NB}? Vos services sont-ils seulement capables de nous donner un chiffre{NB}?{NB}», a lancé d’emblée l’élu.
«{NB}Je ne vais pas vous donner un chiffre que je ne peux pas étayer, a répondu Claire Fontanieu. Ce que je peux vous dire, c’est que nous avons multiplié les contrôles par quatre.{NB}»
Le rapporteur a alors brandi un document. «{NB}Une note de vos propres services parle d’au moins 1,5 milliard d’euros. Vous la contestez{NB}?{NB}», a insisté le sénateur.
«{NB}Cette note date de 2024 et porte sur une période où les contrôles étaient quasi inexistants{NB}», a rétorqué la ministre, qui a toutefois reconnu des «{NB}failles{NB}» dans le dispositif.
Partager cet article
La présidente de la commission, Michèle Ternier, s’est attardée sur les entreprises de rénovation qu’elle a qualifiées d’«{NB}éphémères{NB}». «{NB}Certaines sociétés ouvrent, encaissent les primes et disparaissent en six mois. Comment est-ce encore possible en 2026{NB}?{NB}», s’est-elle indignée, citant le cas d’une entreprise de l’Allier liquidée après avoir perçu 4 millions d’euros au titre du programme «{NB}Rénov’Express{NB}».
Crédit photo : Sénat / J. Mercadier
Pressée de questions, Claire Fontanieu a détaillé deux mesures{NB}: «{NB}Nous allons créer une cellule d’enquête dédiée, rattachée aux douanes, dès le 1er janvier. Elle aura accès aux données fiscales des entreprises.
«{NB}Nous allons aussi interdire la sous-traitance en cascade pour les chantiers financés par les certificats. C’est là que se niche l’essentiel de la fraude.{NB}»
Pour le sénateur écologiste Hugo Pellerin, ces annonces arrivent «{NB}bien tard{NB}». «{NB}Les alertes existent depuis cinq ans. Ce sont les ménages modestes qui ont payé pour des travaux jamais faits{NB}», a-t-il regretté.
Pour aller plus loin : Rénovation énergétique : le Sénat veut encadrer le démarchage téléphonique
Une fédération d’artisans du bâtiment, entendue la semaine précédente, avait dénoncé «{NB}une concurrence déloyale{NB}» de ces sociétés. Selon son président, Raymond Castex, «{NB}un artisan honnête ne peut pas rivaliser avec quelqu’un qui facture des travaux qu’il ne fait pas{NB}».
Le rapport de la commission est attendu en février. «{NB}Nous n’avons pas fini de creuser{NB}», a prévenu Régis Albaret à la sortie de l’audition, interrogé par Public Sénat. Il n’exclut pas de transmettre certains éléments à la justice.
Recevez chaque semaine la newsletter de Public Sénat""",
    [
        (
            f"Madame la ministre, combien de milliards ont été détournés depuis 2018{NB}? Vos services sont-ils seulement capables de nous donner un chiffre{NB}?",
            "Régis Albaret",
            "l’élu",
            "a lancé",
        ),
        (
            "Je ne vais pas vous donner un chiffre que je ne peux pas étayer",
            "Claire Fontanieu",
            "Claire Fontanieu",
            "a répondu",
        ),
        (
            "Ce que je peux vous dire, c’est que nous avons multiplié les contrôles par quatre.",
            "Claire Fontanieu",
            "Claire Fontanieu",
            "a répondu",
        ),
        (
            f"Une note de vos propres services parle d’au moins 1,5 milliard d’euros. Vous la contestez{NB}?",
            "Régis Albaret",
            "le sénateur",
            "a insisté",
        ),
        (
            "Cette note date de 2024 et porte sur une période où les contrôles étaient quasi inexistants",
            "Claire Fontanieu",
            "la ministre",
            "a rétorqué",
        ),
        ("failles", "Claire Fontanieu", "la ministre", "a toutefois reconnu"),
        ("éphémères", "Michèle Ternier", "Michèle Ternier", "qualifiées"),
        (
            f"Certaines sociétés ouvrent, encaissent les primes et disparaissent en six mois. Comment est-ce encore possible en 2026{NB}?",
            "Michèle Ternier",
            ("s’est-elle indignée", "elle"),
            "s’est-elle indignée",
        ),
        (
            "Nous allons créer une cellule d’enquête dédiée, rattachée aux douanes, dès le 1er janvier. Elle aura accès aux données fiscales des entreprises.",
            "Claire Fontanieu",
            "Claire Fontanieu",
            "a détaillé",
        ),
        (
            "Nous allons aussi interdire la sous-traitance en cascade pour les chantiers financés par les certificats. C’est là que se niche l’essentiel de la fraude.",
            "Claire Fontanieu",
            "Claire Fontanieu",
            "a détaillé",
        ),
        ("bien tard", "Hugo Pellerin", "Hugo Pellerin", "Pour"),
        (
            "Les alertes existent depuis cinq ans. Ce sont les ménages modestes qui ont payé pour des travaux jamais faits",
            "Hugo Pellerin",
            ("a-t-il regretté", "il"),
            "a-t-il regretté",
        ),
        ("une concurrence déloyale", "fédération", "Une fédération", "avait dénoncé"),
        (
            "un artisan honnête ne peut pas rivaliser avec quelqu’un qui facture des travaux qu’il ne fait pas",
            "Raymond Castex",
            "Raymond Castex",
            "Selon",
        ),
        ("Nous n’avons pas fini de creuser", "Régis Albaret", "Régis Albaret", "a prévenu"),
    ],
    ["Rénov’Express"],
)

article(
    "blind10-fr05",
    "fr",
    """Paris et Kelmar signent une déclaration commune sur l'énergie et les visas

PARIS, 19 nov 2026 (AFP) - La France et l'Ostrélie ont signé mercredi à Paris une déclaration commune sur l'énergie, les visas étudiants et la coopération universitaire, lors de la première visite officielle d'un chef de la diplomatie ostrélien en France depuis 2011.
"Nous ouvrons une nouvelle page, sans naïveté mais avec confiance", a déclaré le ministre français des Affaires étrangères, Jean-Baptiste Corvol, lors d'une conférence de presse conjointe au Quai d'Orsay.
Son homologue, Mirela Dobrescu, a salué « un moment historique » pour son pays. « Pendant quinze ans, nos relations se sont résumées à des communiqués. Aujourd'hui, nous signons des engagements », a-t-elle affirmé, s'exprimant en ostrélien, traduite par une interprète.
Le texte, intitulé « Déclaration de Paris pour un partenariat renouvelé », prévoit notamment la simplification des visas pour les étudiants et l'étude d'un gazoduc baptisé « Corridor Sud-Est », qui relierait les gisements ostréliens au réseau européen d'ici 2032.
Interrogé sur le sort de l'opposant Tarek Velimir, condamné en mars à douze ans de prison, M. Corvol a assuré avoir abordé la question « sans détour ». « La France ne transige pas sur les droits humains. Je l'ai dit à mon homologue, et je le redis ici devant vous », a-t-il insisté.
“Notre justice est indépendante, a répliqué Mme Dobrescu. Je ne commenterai pas une procédure en cours.”
Lire aussi : Ostrélie : l'opposant Tarek Velimir condamné à douze ans de prison
Un diplomate européen en poste à Kelmar, s'exprimant sous couvert d'anonymat, juge la visite « surtout symbolique ». « Paris cherche des fournisseurs de gaz, Kelmar cherche une légitimité. Chacun y trouve son compte », a-t-il résumé auprès de l'AFP.
Le Comité pour la libération des prisonniers politiques, fondé en exil par des proches de M. Velimir, a dénoncé dans un communiqué une « opération de blanchiment diplomatique ». « Chaque poignée de main avec ce régime est une gifle pour ceux qui croupissent en prison », écrit le comité, qui appelle à un rassemblement jeudi devant l'ambassade d'Ostrélie.
La fille de l'opposant, Lana Velimir, réfugiée en France depuis 2023, a dit à l'AFP avoir demandé en vain à rencontrer le ministre. « Je voulais simplement qu'il prononce le nom de mon père devant son homologue. Il l'a peut-être fait en privé, mais mon père, lui, a besoin que ce soit public », a-t-elle déclaré.
Selon une source diplomatique française, la question des droits humains a occupé « une bonne partie » du dîner de travail mardi soir.
M. Corvol doit se rendre à Kelmar au printemps pour la signature d'accords plus détaillés. « Il reste beaucoup à faire, a-t-il reconnu. Mais le dialogue est rétabli, et c'est déjà beaucoup. »
Mme Dobrescu poursuit jeudi sa visite à Bruxelles, où elle doit s'entretenir avec plusieurs commissaires européens.
abc-lv/jco/sba
© Agence France-Presse""",
    [
        (
            "Nous ouvrons une nouvelle page, sans naïveté mais avec confiance",
            "Jean-Baptiste Corvol",
            "Jean-Baptiste Corvol",
            "a déclaré",
        ),
        ("un moment historique", "Mirela Dobrescu", "Mirela Dobrescu", "a salué"),
        (
            "Pendant quinze ans, nos relations se sont résumées à des communiqués. Aujourd'hui, nous signons des engagements",
            "Mirela Dobrescu",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        ("sans détour", "Jean-Baptiste Corvol", "M. Corvol", "a assuré"),
        (
            "La France ne transige pas sur les droits humains. Je l'ai dit à mon homologue, et je le redis ici devant vous",
            "Jean-Baptiste Corvol",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        ("Notre justice est indépendante", "Mirela Dobrescu", "Mme Dobrescu", "a répliqué"),
        (
            "Je ne commenterai pas une procédure en cours.",
            "Mirela Dobrescu",
            "Mme Dobrescu",
            "a répliqué",
        ),
        ("surtout symbolique", "diplomate", "Un diplomate", "juge"),
        (
            "Paris cherche des fournisseurs de gaz, Kelmar cherche une légitimité. Chacun y trouve son compte",
            "diplomate",
            ("a-t-il résumé", "il"),
            "a-t-il résumé",
        ),
        (
            "opération de blanchiment diplomatique",
            "Comité pour la libération des prisonniers politiques",
            "Le Comité pour la libération des prisonniers politiques",
            "a dénoncé",
        ),
        (
            "Chaque poignée de main avec ce régime est une gifle pour ceux qui croupissent en prison",
            "Comité pour la libération des prisonniers politiques",
            "le comité",
            "écrit",
        ),
        (
            "Je voulais simplement qu'il prononce le nom de mon père devant son homologue. Il l'a peut-être fait en privé, mais mon père, lui, a besoin que ce soit public",
            "Lana Velimir",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        ("une bonne partie", "source", "une source diplomatique française", "Selon"),
        (
            "Il reste beaucoup à faire",
            "Jean-Baptiste Corvol",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        (
            "Mais le dialogue est rétabli, et c'est déjà beaucoup.",
            "Jean-Baptiste Corvol",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
    ],
    ["Déclaration de Paris pour un partenariat renouvelé", "Corridor Sud-Est"],
)

article(
    "blind10-fr06",
    "fr",
    f"""«C’est la fin d’une époque» : la petite station du Col de Berthe ne rouvrira pas cet hiver

Par Julie Cabanel, France Bleu Dauphiné
Jeudi 13 novembre 2026 à 6:12
Écouter l’article · Partager

Faute de neige suffisante et de repreneur, la station familiale du Col de Berthe, au-dessus de Saint-Aulnay, ne rouvrira pas ses deux téléskis cet hiver. La décision a été votée mardi soir par le syndicat intercommunal qui gère le domaine depuis 1974.
«C’est la fin d’une époque. Ici, des générations de gamins ont appris à skier pour trois francs six sous», résume le maire de Saint-Aulnay, Bernard Fayolle, président du syndicat.
Le domaine a accumulé 410{NNB}000 euros de déficit en trois saisons. «On a eu onze jours d’ouverture l’hiver dernier. Onze. Avec ça, on ne paie même pas l’assurance des remontées», poursuit l’élu, 67 ans, qui a lui-même été moniteur sur ces pentes dans sa jeunesse.
Le téléski du Col de Berthe, en février 2024. © Radio France - Julie Cabanel
Pour les saisonniers, le coup est rude. Kévin Rostaing, 29 ans, était perchman depuis huit hivers. «Je vais devoir partir en Tarentaise ou changer de métier. Mon père travaillait déjà ici, sur le même téléski», confie-t-il à France Bleu Dauphiné.
Au café du village, Sylvie Roux-Méjean n’arrive pas à y croire. «Mes enfants ont eu leur première étoile sur ce tire-fesses. Où vont aller les écoles du plateau, maintenant{NNB}?» Chaque hiver, près de 1{NNB}200 élèves des communes voisines venaient y faire leurs classes de neige.
À lire aussi — Stations de moyenne montagne : le grand désarroi face au manque de neige
Le conseil départemental, sollicité à plusieurs reprises, a refusé de renflouer la station. Dans un courrier consulté par France Bleu Dauphiné, son vice-président chargé de la montagne, Gérard Vachon, estime qu’il «n’est plus raisonnable d’investir de l’argent public dans le ski en dessous de 1{NNB}500 mètres».
Une association d’usagers, «Sauvons le Col», a réuni 3{NNB}400 signatures en une semaine. «On ne demande pas des canons à neige, on demande un an de sursis pour monter un projet quatre saisons», plaide son président, Mathias Gerbault, qui compte interpeller la région.
Devant une centaine d’habitants réunis mardi à la salle polyvalente, Bernard Fayolle a défendu un projet de reconversion{NNB}: «La montagne ne s’arrête pas avec la neige. On a des sentiers, un refuge, un lac à vingt minutes à pied, une luge sur rail à imaginer.
«Mais il faudra de l’argent, et il faudra que les gens reviennent l’été. Ce n’est pas gagné, je ne vais pas vous raconter d’histoires.»
Les bénévoles de l’association organiseront malgré tout le 21 décembre une fête de clôture baptisée «Dernière trace», avec descente aux flambeaux et vin chaud. «Ce sera triste, mais on veut dire au revoir dignement», sourit Mathias Gerbault.
Inscrivez-vous à la newsletter de France Bleu Dauphiné""",
    [
        ("C’est la fin d’une époque", "Bernard Fayolle", None, None),
        (
            "C’est la fin d’une époque. Ici, des générations de gamins ont appris à skier pour trois francs six sous",
            "Bernard Fayolle",
            "Bernard Fayolle",
            "résume",
        ),
        (
            "On a eu onze jours d’ouverture l’hiver dernier. Onze. Avec ça, on ne paie même pas l’assurance des remontées",
            "Bernard Fayolle",
            "l’élu",
            "poursuit",
        ),
        (
            "Je vais devoir partir en Tarentaise ou changer de métier. Mon père travaillait déjà ici, sur le même téléski",
            "Kévin Rostaing",
            ("confie-t-il", "il"),
            "confie-t-il",
        ),
        (
            f"Mes enfants ont eu leur première étoile sur ce tire-fesses. Où vont aller les écoles du plateau, maintenant{NNB}?",
            "Sylvie Roux-Méjean",
            "Sylvie Roux-Méjean",
            None,
        ),
        (
            f"n’est plus raisonnable d’investir de l’argent public dans le ski en dessous de 1{NNB}500 mètres",
            "Gérard Vachon",
            "Gérard Vachon",
            "estime",
        ),
        (
            "On ne demande pas des canons à neige, on demande un an de sursis pour monter un projet quatre saisons",
            "Mathias Gerbault",
            "Mathias Gerbault",
            "plaide",
        ),
        (
            "La montagne ne s’arrête pas avec la neige. On a des sentiers, un refuge, un lac à vingt minutes à pied, une luge sur rail à imaginer.",
            "Bernard Fayolle",
            "Bernard Fayolle",
            "a défendu",
        ),
        (
            "Mais il faudra de l’argent, et il faudra que les gens reviennent l’été. Ce n’est pas gagné, je ne vais pas vous raconter d’histoires.",
            "Bernard Fayolle",
            "Bernard Fayolle",
            "a défendu",
        ),
        (
            "Ce sera triste, mais on veut dire au revoir dignement",
            "Mathias Gerbault",
            "Mathias Gerbault",
            "sourit",
        ),
    ],
    ["Sauvons le Col", "Dernière trace"],
)

article(
    "blind10-fr07",
    "fr",
    f"""Le maire de Villenoire annule le concert du rappeur Kazé, qui dénonce une «{NNB}censure{NNB}»

Par Léa Montbrun
17 novembre 2026 à 20h31

Il devait se produire le 6 décembre à l’Arsenal, la salle municipale de Villenoire. Le concert du rappeur Kazé a été annulé lundi par un arrêté du maire divers droite, Philippe Sorbier, qui invoque des «{NNB}risques sérieux de troubles à l’ordre public{NNB}».
«{NNB}Certains textes de cet artiste appellent explicitement à la violence contre les forces de l’ordre. Je ne les laisserai pas résonner dans une salle payée par les contribuables{NNB}», a justifié l’édile dans un communiqué diffusé lundi après-midi. En cause, notamment, le morceau «{NNB}Sirènes{NNB}», extrait du dernier album du rappeur, «{NNB}Béton sous la pluie{NNB}», sorti en septembre et certifié disque d’or.
Partager sur X · Partager sur Facebook · Copier le lien
Kazé a répondu dans la soirée par une vidéo de six minutes publiée sur Instagram. «{NNB}J’ai fait quarante dates cette année, zéro incident. Le maire ne m’a jamais écouté, il a lu trois lignes sur un site d’extrême droite{NNB}», y affirme le rappeur de 27 ans, assis dans un studio.
«{NNB}Qu’on critique mes textes, d’accord, poursuit-il. Mais qu’on interdise un concert pour ça, en France, en 2026{NNB}? C’est de la censure, il n’y a pas d’autre mot.{NNB}»
Kazé sur scène en juin 2025. (Hugo Lartigue/Libération)
Son label, Nocturne Records, a annoncé son intention de saisir le tribunal administratif en référé-liberté. «{NNB}L’arrêté est manifestement disproportionné. Aucun élément concret ne vient étayer la menace invoquée{NNB}», estime son avocate, Me Sandrine Keraudren, qui rappelle que le rappeur s’est déjà produit deux fois dans le département sans le moindre incident.
Lire aussi : Rap et liberté d’expression : ces concerts annulés qui ont fini devant la justice
À Villenoire, la décision divise. Conseiller municipal d’opposition, Olivier Mbemba dénonce «{NNB}une décision purement politique{NNB}», prise selon lui «{NNB}pour plaire à un électorat{NNB}» à quelques mois des municipales. La maire adjointe à la culture, Françoise Delattre, soutient au contraire le choix du maire{NNB}: «{NNB}Une salle municipale n’est pas un droit. Nous choisissons ce que nous programmons, comme n’importe quel théâtre.{NNB}»
Devant l’Arsenal, mardi, une poignée de fans étaient venus se faire rembourser leurs billets. «{NNB}On avait pris nos places en août. Personne ne nous a prévenus, on l’a appris sur TikTok{NNB}», regrette Inaya, 19 ans, étudiante en BTS, venue avec deux amies.
Au ministère de la Culture, on se borne à rappeler que «{NNB}la liberté de création est un principe à valeur législative{NNB}» et que seul le juge pourra trancher.
Le tribunal administratif doit examiner la requête vendredi. «{NNB}Si le juge me donne raison, je ferai ce concert gratuitement, pour tout le monde{NNB}», a promis Kazé dans une seconde vidéo, mardi soir.
Newsletter Culture : chaque vendredi, nos critiques et nos coups de cœur. Je m’abonne""",
    [
        ("censure", "Kazé", "Kazé", "dénonce"),
        (
            "risques sérieux de troubles à l’ordre public",
            "Philippe Sorbier",
            "Philippe Sorbier",
            "invoque",
        ),
        (
            "Certains textes de cet artiste appellent explicitement à la violence contre les forces de l’ordre. Je ne les laisserai pas résonner dans une salle payée par les contribuables",
            "Philippe Sorbier",
            "l’édile",
            "a justifié",
        ),
        (
            "J’ai fait quarante dates cette année, zéro incident. Le maire ne m’a jamais écouté, il a lu trois lignes sur un site d’extrême droite",
            "Kazé",
            "le rappeur de 27 ans",
            "affirme",
        ),
        ("Qu’on critique mes textes, d’accord", "Kazé", ("poursuit-il", "il"), "poursuit-il"),
        (
            f"Mais qu’on interdise un concert pour ça, en France, en 2026{NNB}? C’est de la censure, il n’y a pas d’autre mot.",
            "Kazé",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "L’arrêté est manifestement disproportionné. Aucun élément concret ne vient étayer la menace invoquée",
            "Sandrine Keraudren",
            "Me Sandrine Keraudren",
            "estime",
        ),
        ("une décision purement politique", "Olivier Mbemba", "Olivier Mbemba", "dénonce"),
        ("pour plaire à un électorat", "Olivier Mbemba", ("selon lui", "lui"), "selon"),
        (
            "Une salle municipale n’est pas un droit. Nous choisissons ce que nous programmons, comme n’importe quel théâtre.",
            "Françoise Delattre",
            "Françoise Delattre",
            "soutient",
        ),
        (
            "On avait pris nos places en août. Personne ne nous a prévenus, on l’a appris sur TikTok",
            "Inaya",
            "Inaya",
            "regrette",
        ),
        (
            "la liberté de création est un principe à valeur législative",
            "ministère de la Culture",
            "ministère de la Culture",
            "rappeler",
        ),
        (
            "Si le juge me donne raison, je ferai ce concert gratuitement, pour tout le monde",
            "Kazé",
            ("a promis Kazé", "Kazé"),
            "a promis",
        ),
    ],
    ["Sirènes", "Béton sous la pluie"],
)

article(
    "blind10-fr08",
    "fr",
    f"""Une météorite tombe sur un hangar agricole : «{NB}On a cru à une explosion{NB}»

La Dépêche — Pierre-Yves Castagné
Publié le 16/11/2026 à 10:27, mis à jour à 14:05

Il était 22{NB}h{NB}14, samedi soir, lorsqu’une boule de feu a traversé le ciel du Sud-Ouest, observée par des centaines de témoins. Quelques secondes plus tard, un fragment de roche de la taille d’un pamplemousse perçait le toit en tôle d’un hangar agricole à Montcabrier-d’Auze.
«{NB}On a cru à une explosion. Les chiens aboyaient, les vaches se sont mises à beugler, j’ai pensé que la citerne de fioul avait sauté{NB}», raconte Jean-Marc Daubas, l’agriculteur propriétaire du hangar.
C’est son fils, Théo Daubas, 16 ans, qui a trouvé la pierre le lendemain matin, encore enfoncée dans la terre battue. «{NB}Elle était noire, toute lisse, et beaucoup plus lourde qu’un caillou normal. J’ai tout de suite su que ce n’était pas d’ici{NB}», s’amuse l’adolescent.
Partager : Facebook · X · WhatsApp · E-mail
Les caméras du réseau d’observation «{NB}Ciel Ouvert{NB}» avaient enregistré la trajectoire du bolide. Selon Hélène Marsac, astrophysicienne à l’observatoire de Pic-Laurens, il s’agit d’une chondrite «{NB}probablement âgée de 4,5 milliards d’années{NB}».
«{NB}C’est un événement exceptionnel, a-t-elle expliqué dimanche lors d’un point presse. En France, on ne récupère une chute fraîche qu’une fois tous les deux ou trois ans, au mieux.
«{NB}Le fait qu’elle ait été ramassée aussi vite, et sans pluie, est une chance inouïe{NB}: elle n’a presque pas été contaminée par l’environnement terrestre.{NB}»
Le fragment de 1,3 kg, dimanche à Montcabrier-d’Auze. Photo DDM, P.-Y. Castagné
La gendarmerie, alertée par des dizaines d’appels samedi soir, a indiqué qu’«{NB}aucun blessé{NB}» n’était à déplorer. Un voisin, Gilbert Sansot, 78 ans, affirme avoir vu “une traînée verte, comme un feu d’artifice à l’envers”, juste avant le choc.
Lire aussi : Étoiles filantes : les meilleurs endroits pour observer les Géminides dans le département
À qui appartient désormais la pierre{NB}? Au propriétaire du terrain, en principe. «{NB}Des collectionneurs m’ont déjà appelé, certains proposent plusieurs milliers d’euros. Mais on va d’abord la prêter au muséum pour qu’elle soit étudiée{NB}», assure Jean-Marc Daubas. Le muséum d’histoire naturelle de Castelbrun a fait savoir qu’il l’exposerait «{NB}dès le printemps{NB}», après analyse.
La maire du village, Odile Péré, s’amuse de cette célébrité soudaine{NB}: «{NB}On a eu la télévision régionale, une radio espagnole et même une chaîne japonaise. Pour un village de 212 habitants, ça fait beaucoup{NB}!{NB}»
Pour l’astrophysicienne, d’autres fragments pourraient encore se trouver dans les champs alentour. «{NB}Si vous trouvez une pierre noire et lourde, ne la lavez pas et ne la touchez pas avec un aimant. Appelez-nous{NB}», a lancé Hélène Marsac aux habitants, rappelant qu’une battue participative est organisée samedi prochain.
Recevez notre newsletter et retrouvez chaque jour toute l’actualité de votre département.""",
    [
        ("On a cru à une explosion", "Jean-Marc Daubas", None, None),
        (
            "On a cru à une explosion. Les chiens aboyaient, les vaches se sont mises à beugler, j’ai pensé que la citerne de fioul avait sauté",
            "Jean-Marc Daubas",
            "Jean-Marc Daubas",
            "raconte",
        ),
        (
            "Elle était noire, toute lisse, et beaucoup plus lourde qu’un caillou normal. J’ai tout de suite su que ce n’était pas d’ici",
            "Théo Daubas",
            "l’adolescent",
            "s’amuse",
        ),
        (
            "probablement âgée de 4,5 milliards d’années",
            "Hélène Marsac",
            "Hélène Marsac",
            "Selon",
        ),
        (
            "C’est un événement exceptionnel",
            "Hélène Marsac",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            "En France, on ne récupère une chute fraîche qu’une fois tous les deux ou trois ans, au mieux.",
            "Hélène Marsac",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            f"Le fait qu’elle ait été ramassée aussi vite, et sans pluie, est une chance inouïe{NB}: elle n’a presque pas été contaminée par l’environnement terrestre.",
            "Hélène Marsac",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        ("aucun blessé", "gendarmerie", "La gendarmerie", "a indiqué"),
        (
            "une traînée verte, comme un feu d’artifice à l’envers",
            "Gilbert Sansot",
            "Gilbert Sansot",
            "affirme",
        ),
        (
            "Des collectionneurs m’ont déjà appelé, certains proposent plusieurs milliers d’euros. Mais on va d’abord la prêter au muséum pour qu’elle soit étudiée",
            "Jean-Marc Daubas",
            "Jean-Marc Daubas",
            "assure",
        ),
        (
            "dès le printemps",
            "muséum d’histoire naturelle de Castelbrun",
            "Le muséum d’histoire naturelle de Castelbrun",
            "a fait savoir",
        ),
        (
            f"On a eu la télévision régionale, une radio espagnole et même une chaîne japonaise. Pour un village de 212 habitants, ça fait beaucoup{NB}!",
            "Odile Péré",
            "Odile Péré",
            "s’amuse",
        ),
        (
            "Si vous trouvez une pierre noire et lourde, ne la lavez pas et ne la touchez pas avec un aimant. Appelez-nous",
            "Hélène Marsac",
            "Hélène Marsac",
            "a lancé",
        ),
    ],
    ["Ciel Ouvert"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind10_fr.jsonl"), WORDS_RANGE)
