# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind45_fr.jsonl: a forty-fifth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: summer water cuts in a Balagne village
(Corse Net Infos, Corsican regional site: NBSP padding, a headline quote without a cue, a water
syndicate with a short name in brackets, a prefectoral order quoted as a document, a speaker
before a colon, an interrupted quote with "M. X", an unnamed riverain, a nickname and a Corsican
phrase in marks), fish sellers evicted from a landing quay (Dakaractu, Senegalese site:
plain-spaced « » and straight apostrophes, a dek partial quote from a plural group, a women's
collective's name in marks, a ministry communiqué, a quote running over two paragraphs, "la
dame" as a role noun, an unnamed fisherman), a bakers' strike over flour quotas (Mosaïque FM,
Tunisian radio site: unpadded «», a chamber with a short name in brackets, a ministry statement,
a Facebook post, an unnamed customer with a pronoun cue, a campaign hashtag name in marks, a
follow-on quote with no cue), medical evacuations from Wallis-et-Futuna (Outremers360, overseas
news site: NNBSP padding, a senator's letter quoted, a health agency with a short name, a report
title in marks, an interrupted quote, "le directeur" as a role noun, an unnamed patient's
daughter), floodlights switched off at a Charente football club (Charente Libre, regional daily:
NBSP padding, a club communiqué, a mayor by role noun and "M. X", a nickname of the pitch in
marks, an unnamed parent, a partial quote, a caption with a credit), layoffs at a Jura watch
dial maker (RFJ, Swiss regional radio: unpadded « », a company statement, a union with a short
name, a cantonal minister by title, an interrupted quote, an unnamed worker, a product line name
in marks), a village school class closure in Namur province (Lavenir.net, Belgian regional site:
straight " marks, an échevine by role noun, a petition title and a parents' collective in
marks, a ministry's answer by e-mail, a follow-on quote, a quote cued before a colon) and the
arming of municipal police (La Gazette des communes, local-government trade press: “ ” marks,
a report quoted through its authors, a mayors' association with a short name, a term in marks,
a mayor quoted over two paragraphs, a ministry answering without a name). Padding varies: NBSP,
NNBSP, plain spaces, none. Gold conventions are those of build_dev.py; unnamed people are named
by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind45_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind45-fr01",
    "fr",
    f"""«{NB}On nous traite comme des touristes de seconde zone{NB}» : à Santa-Reparata-di-Fiume, l’eau coupée chaque soir

Rédigé par Ghjuvan Petru Albertini le Lundi 4 Août 2025 à 19:12

Depuis le 20 juillet, les robinets de Santa-Reparata-di-Fiume, petit village de Balagne perché au-dessus de la vallée du Fiume Seccu, sont à sec de 21 heures à 7 heures du matin. Une mesure qui exaspère les quelque 340 habitants à l’année.

Le Syndicat intercommunal d’adduction d’eau du Fiume Seccu (SIAEF), qui gère le réseau de sept communes, invoque un niveau historiquement bas du captage de la source de Funtanella. Son président, Antoine Guidicelli, a été clair lors de la réunion publique de vendredi : «{NB}Nous n’avons pas le choix. Si nous laissons couler la nuit, le réservoir est vide à midi et c’est tout le village qui n’a plus rien, y compris la maison de retraite.{NB}»

Un arrêté de la préfecture de Haute-Corse du 18 juillet place par ailleurs la micro-région en «{NB}crise sécheresse{NB}» et interdit «{NB}le remplissage des piscines privées et l’arrosage des jardins d’agrément{NB}» jusqu’au 30 septembre.

Mais au village, beaucoup pointent les résidences secondaires, dont le nombre a doublé en quinze ans. «{NB}L’été, on passe de 340 à 1 500 habitants, explique M. Guidicelli. Le réseau a été dimensionné dans les années 1970, pour un village de bergers.{NB}»

Sur la place de l’église, un riverain, retraité de la SNCM, ne décolère pas. «{NB}On nous traite comme des touristes de seconde zone. À côté de chez moi, il y a trois villas avec piscine. Elles sont pleines. Moi je remplis des bidons à la fontaine de Vizzavona comme mon grand-père.{NB}»

Dans le village, on a surnommé la vanne de coupure «{NB}u tappu{NB}», le bouchon. Et une banderole accrochée au lavoir proclame «{NB}Acqua pè tutti{NB}» (de l’eau pour tous).

La maire, Marie-Dominique Castelli, tente de calmer le jeu. Elle qualifie la situation de «{NB}temporaire{NB}» et annonce le lancement d’une étude pour un second forage. «{NB}Les travaux coûteront près de 900 000 euros. La commune ne peut pas les porter seule{NB}», a-t-elle reconnu, en appelant la Collectivité de Corse à «{NB}prendre ses responsabilités{NB}».

Lire aussi : Sécheresse : la Balagne placée en alerte renforcée

Le conseiller territorial Paul-Félix Mattei-Rossi a promis de porter le dossier lors de la prochaine session. «{NB}La question de l’eau en Balagne n’est plus une question d’été. C’est une question de survie pour l’intérieur{NB}», a-t-il estimé.

En attendant, le SIAEF a commandé deux camions-citernes pour alimenter le hameau de Petra Rossa, le plus exposé.

Partager cet article : Facebook Twitter Envoyer à un ami""",
    [
        ("On nous traite comme des touristes de seconde zone", "riverain", None, None),
        (
            "Nous n’avons pas le choix. Si nous laissons couler la nuit, le réservoir est vide à midi et c’est tout le village qui n’a plus rien, y compris la maison de retraite.",
            "Antoine Guidicelli",
            "Antoine Guidicelli",
            "a été clair",
        ),
        ("crise sécheresse", "préfecture de Haute-Corse", "la préfecture de Haute-Corse", "place"),
        (
            "le remplissage des piscines privées et l’arrosage des jardins d’agrément",
            "préfecture de Haute-Corse",
            "la préfecture de Haute-Corse",
            "interdit",
        ),
        (
            "L’été, on passe de 340 à 1 500 habitants",
            "Antoine Guidicelli",
            "M. Guidicelli",
            "explique",
        ),
        (
            "Le réseau a été dimensionné dans les années 1970, pour un village de bergers.",
            "Antoine Guidicelli",
            "M. Guidicelli",
            "explique",
        ),
        (
            "On nous traite comme des touristes de seconde zone. À côté de chez moi, il y a trois villas avec piscine. Elles sont pleines. Moi je remplis des bidons à la fontaine de Vizzavona comme mon grand-père.",
            "riverain",
            "un riverain",
            None,
        ),
        ("temporaire", "Marie-Dominique Castelli", ("Elle qualifie", "Elle"), "qualifie"),
        (
            "Les travaux coûteront près de 900 000 euros. La commune ne peut pas les porter seule",
            "Marie-Dominique Castelli",
            ("a-t-elle reconnu", "elle"),
            "a-t-elle reconnu",
        ),
        (
            "prendre ses responsabilités",
            "Marie-Dominique Castelli",
            ("a-t-elle reconnu", "elle"),
            "en appelant",
        ),
        (
            "La question de l’eau en Balagne n’est plus une question d’été. C’est une question de survie pour l’intérieur",
            "Paul-Félix Mattei-Rossi",
            ("a-t-il estimé", "il"),
            "a-t-il estimé",
        ),
    ],
    ["u tappu", "Acqua pè tutti"],
)

article(
    "blind45-fr02",
    "fr",
    """Quai de pêche de Ndiarème : les mareyeuses délogées crient à « l'abandon »

Dakaractu | Publié le mardi 10 juin 2025 à 16h47

Elles sont plus de deux cents à avoir perdu leurs tables du jour au lendemain. Depuis jeudi, les transformatrices et vendeuses de poisson du quai de Ndiarème, dans le département de Mbour, ne peuvent plus s'installer sur l'aire de débarquement, fermée pour des travaux de réhabilitation.

Les femmes regroupées au sein du collectif « Jigéen ñi ci géej » (les femmes de la mer) dénoncent une décision prise « sans aucune concertation ». Réunies lundi sous un hangar de fortune, elles ont exigé un site de recasement provisoire.

« Nous avons appris la nouvelle par un crieur public, la veille. Personne n'est venu nous parler, personne ne nous a proposé un autre endroit. Nous vivons de ce quai depuis trente ans, nos mères y vivaient avant nous.

« Aujourd'hui on vend à même le sable, au milieu des mouches. Le poisson pourrit avant midi », a expliqué Ndèye Fatou Sarr, présidente du collectif, la voix couverte par les moteurs des pirogues.

La dame, qui fume elle-même du poisson depuis l'âge de quinze ans, estime les pertes à « plus de la moitié » des recettes quotidiennes.

Dans un communiqué parvenu à notre rédaction, le ministère des Pêches et de l'Économie maritime précise que les travaux, financés à hauteur de 2,3 milliards de francs CFA, visent à doter le quai « d'une chambre froide, d'une fabrique de glace et d'aires de transformation aux normes ». Le département ministériel assure qu'un espace temporaire « sera aménagé dans les meilleurs délais ».

Un pêcheur rencontré sur la plage ne cache pas son scepticisme. « Les meilleurs délais, on connaît. En 2019 on nous avait promis une chambre froide, on attend toujours », lance-t-il en remontant ses filets.

Joint au téléphone, le maire de la commune, Alioune Badara Faye, dit comprendre « la colère des femmes » et affirme avoir proposé un terrain communal situé derrière le marché central. « Le terrain est disponible, il faut juste que l'entreprise accepte de le viabiliser. Nous sommes en discussion depuis vendredi », a-t-il confié.

Lire aussi : Mbour : la pénurie de glace paralyse les pêcheurs de Joal

Pour Ndèye Fatou Sarr, le temps presse. Elle rappelle que la campagne de la sardinelle commence dans trois semaines. « Si on n'a pas de place d'ici là, les mareyeurs vont aller acheter ailleurs et nos clients ne reviendront pas. »

Les membres du collectif prévoient un sit-in devant la préfecture de Mbour jeudi prochain.

Partager : Facebook Twitter WhatsApp""",
    [
        ("l'abandon", "mareyeuses", "les mareyeuses", "crient"),
        ("sans aucune concertation", "Jigéen ñi ci géej", "Les femmes", "dénoncent"),
        (
            "Nous avons appris la nouvelle par un crieur public, la veille. Personne n'est venu nous parler, personne ne nous a proposé un autre endroit. Nous vivons de ce quai depuis trente ans, nos mères y vivaient avant nous.",
            "Ndèye Fatou Sarr",
            "Ndèye Fatou Sarr",
            "a expliqué",
        ),
        (
            "Aujourd'hui on vend à même le sable, au milieu des mouches. Le poisson pourrit avant midi",
            "Ndèye Fatou Sarr",
            "Ndèye Fatou Sarr",
            "a expliqué",
        ),
        ("plus de la moitié", "Ndèye Fatou Sarr", "La dame", "estime"),
        (
            "d'une chambre froide, d'une fabrique de glace et d'aires de transformation aux normes",
            "ministère des Pêches et de l'Économie maritime",
            "le ministère des Pêches et de l'Économie maritime",
            "précise",
        ),
        (
            "sera aménagé dans les meilleurs délais",
            "ministère des Pêches et de l'Économie maritime",
            "Le département ministériel",
            "assure",
        ),
        (
            "Les meilleurs délais, on connaît. En 2019 on nous avait promis une chambre froide, on attend toujours",
            "pêcheur",
            ("lance-t-il", "il"),
            "lance",
        ),
        ("la colère des femmes", "Alioune Badara Faye", "Alioune Badara Faye", "dit comprendre"),
        (
            "Le terrain est disponible, il faut juste que l'entreprise accepte de le viabiliser. Nous sommes en discussion depuis vendredi",
            "Alioune Badara Faye",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Si on n'a pas de place d'ici là, les mareyeurs vont aller acheter ailleurs et nos clients ne reviendront pas.",
            "Ndèye Fatou Sarr",
            ("Elle rappelle", "Elle"),
            "rappelle",
        ),
    ],
    ["Jigéen ñi ci géej"],
)

article(
    "blind45-fr03",
    "fr",
    """Sfax-Est : les boulangers ferment leurs portes, la farine subventionnée se fait rare

Par Mosaïque FM | 23 Février 2026 | 12:05

Plusieurs dizaines de boulangeries de Sfax-Est et de Sakiet Ezzit ont gardé leurs rideaux baissés dimanche et lundi, à l'appel de la Chambre régionale des boulangers de Sfax (CRBS), qui dénonce une baisse des quotas de farine subventionnée.

Selon le président de la chambre, Mohamed Ali Fourati, les boulangeries classées de la région ne reçoivent plus que 60% de leur quota habituel depuis début février. «Avec ce qu'on reçoit, on tient jusqu'à dix heures du matin. Après, les clients trouvent le rideau fermé et c'est nous qu'ils insultent, pas ceux qui décident des quotas», a-t-il déclaré à Mosaïque FM.

Il accuse par ailleurs certaines boulangeries non classées de détourner la farine subventionnée vers la pâtisserie, une pratique qu'il qualifie de «concurrence déloyale».

Devant une boulangerie fermée de la route de Gremda, une cliente raconte avoir fait trois établissements avant de trouver du pain. «J'ai quatre enfants. Je ne peux pas acheter le pain à 300 millimes chez le pâtissier tous les jours», soupire-t-elle.

Le ministère du Commerce et du Développement des exportations a réagi dans un communiqué publié lundi après-midi. Il affirme que les quantités de farine distribuées dans le gouvernorat «n'ont pas diminué» et attribue les difficultés à «des perturbations ponctuelles dans la logistique des minoteries». Le ministère annonce également le renforcement des contrôles «dans toutes les boulangeries, classées et non classées».

Sur sa page Facebook, la CRBS a répondu dans la soirée: «Les chiffres du ministère sont ceux des bons de livraison, pas ceux des sacs réellement reçus. Nous invitons les responsables à venir compter avec nous.»

Sur les réseaux sociaux, des habitants ont lancé la campagne «Khobzna mouch lebha» (notre pain n'est pas un jeu), reprise par plusieurs pages locales.

Lire aussi: Prix du pain: le gouvernement exclut toute augmentation en 2026

Le directeur régional du commerce, Hatem Bouzid, a indiqué qu'une réunion était prévue mardi au siège du gouvernorat avec les représentants de la chambre et des minoteries. «Le droit au pain n'est pas négociable. Nous trouverons une solution avant la fin de la semaine», a-t-il promis.

Du côté des boulangers, on se dit prêt à reprendre le travail dès que les quotas seront rétablis. Mais Mohamed Ali Fourati prévient que la grève pourrait s'étendre à d'autres délégations si la réunion n'aboutit pas.

«Nous ne faisons pas grève contre le citoyen. Nous faisons grève pour qu'il puisse continuer à acheter son pain au prix subventionné.»

Partager:""",
    [
        (
            "Avec ce qu'on reçoit, on tient jusqu'à dix heures du matin. Après, les clients trouvent le rideau fermé et c'est nous qu'ils insultent, pas ceux qui décident des quotas",
            "Mohamed Ali Fourati",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("concurrence déloyale", "Mohamed Ali Fourati", ("qu'il qualifie", "il"), "qualifie"),
        (
            "J'ai quatre enfants. Je ne peux pas acheter le pain à 300 millimes chez le pâtissier tous les jours",
            "cliente",
            ("soupire-t-elle", "elle"),
            "soupire",
        ),
        (
            "n'ont pas diminué",
            "ministère du Commerce et du Développement des exportations",
            ("Il affirme", "Il"),
            "affirme",
        ),
        (
            "des perturbations ponctuelles dans la logistique des minoteries",
            "ministère du Commerce et du Développement des exportations",
            ("Il affirme", "Il"),
            "attribue",
        ),
        (
            "dans toutes les boulangeries, classées et non classées",
            "ministère du Commerce et du Développement des exportations",
            "Le ministère",
            "annonce",
        ),
        (
            "Les chiffres du ministère sont ceux des bons de livraison, pas ceux des sacs réellement reçus. Nous invitons les responsables à venir compter avec nous.",
            "Chambre régionale des boulangers de Sfax",
            "la CRBS",
            "a répondu",
        ),
        (
            "Le droit au pain n'est pas négociable. Nous trouverons une solution avant la fin de la semaine",
            "Hatem Bouzid",
            ("a-t-il promis", "il"),
            "a-t-il promis",
        ),
        (
            "Nous ne faisons pas grève contre le citoyen. Nous faisons grève pour qu'il puisse continuer à acheter son pain au prix subventionné.",
            "Mohamed Ali Fourati",
            "Mohamed Ali Fourati",
            None,
        ),
    ],
    ["Khobzna mouch lebha"],
)

article(
    "blind45-fr04",
    "fr",
    f"""Wallis-et-Futuna : les évacuations sanitaires vers Nouméa «{NNB}au bord de la rupture{NNB}», alerte un sénateur

Par la rédaction d’Outremers360 | 12 mars 2026

Le sénateur de Wallis-et-Futuna, Sosefo Tuikalepa, a adressé la semaine dernière un courrier au ministre de la Santé pour dénoncer la dégradation des évacuations sanitaires (Evasan) depuis le territoire vers la Nouvelle-Calédonie. Il y évoque des délais d’attente «{NNB}incompatibles avec l’urgence médicale{NNB}».

Dans cette lettre, que notre rédaction a pu consulter, le parlementaire écrit{NNB}: «{NNB}Des patients atteints de cancers attendent aujourd’hui jusqu’à six semaines une place sur un vol ou un lit au Médipôle. Certains ne reviennent pas. Je ne peux plus accepter ce silence.{NNB}»

Chaque année, environ 900 patients sont évacués depuis Wallis et Futuna, faute de plateau technique suffisant sur place. La quasi-totalité est prise en charge à Nouméa, dans le cadre d’une convention avec la Nouvelle-Calédonie, dont le renouvellement est bloqué depuis l’an dernier.

L’Agence de santé de Wallis-et-Futuna (ADS) reconnaît des «{NNB}tensions{NNB}» mais conteste le terme de rupture. Son directeur, Laurent Médaille-Piquet, rappelle que les urgences vitales sont toujours évacuées «{NNB}sous 48 heures{NNB}». «{NNB}Les délais se sont allongés pour les consultations programmées, c’est vrai, a-t-il reconnu. Mais aucun patient en danger immédiat n’a été laissé sans solution.{NNB}»

Le directeur met en cause le coût croissant des places d’hospitalisation facturées par la Nouvelle-Calédonie, et la réduction des rotations aériennes. Un rapport de l’Inspection générale des affaires sociales, intitulé «{NNB}Soigner loin de chez soi{NNB}» et publié en janvier, pointait déjà «{NNB}une dépendance structurelle{NNB}» du territoire vis-à-vis de Nouméa.

À Mata-Utu, la fille d’un patient évacué en décembre témoigne. «{NNB}Mon père est parti seul, sans accompagnant, parce qu’il n’y avait qu’une place. Il ne parle pas bien le français. On l’a appelé tous les soirs, il pleurait au téléphone{NNB}», confie-t-elle.

Le sénateur demande la création d’une ligne budgétaire dédiée et l’ouverture de discussions avec l’Australie pour certaines spécialités. «{NNB}Brisbane est à quatre heures de vol. Il faut sortir du tête-à-tête avec Nouméa{NNB}», plaide-t-il.

Lire aussi{NNB}: Nouvelle-Calédonie{NNB}: le Médipôle face à la pénurie de soignants

Sollicité, le ministère de la Santé indique qu’une mission conjointe doit se rendre sur le territoire «{NNB}avant l’été{NNB}» et que la convention «{NNB}fait l’objet d’échanges constructifs{NNB}» entre les deux collectivités.

À Wallis, l’Assemblée territoriale doit examiner le dossier lors de sa session budgétaire, en avril.

Partager{NNB}: Facebook X LinkedIn E-mail""",
    [
        ("au bord de la rupture", "Sosefo Tuikalepa", "un sénateur", "alerte"),
        (
            "incompatibles avec l’urgence médicale",
            "Sosefo Tuikalepa",
            ("Il y évoque", "Il"),
            "évoque",
        ),
        (
            "Des patients atteints de cancers attendent aujourd’hui jusqu’à six semaines une place sur un vol ou un lit au Médipôle. Certains ne reviennent pas. Je ne peux plus accepter ce silence.",
            "Sosefo Tuikalepa",
            "le parlementaire",
            "écrit",
        ),
        (
            "tensions",
            "Agence de santé de Wallis-et-Futuna",
            "L’Agence de santé de Wallis-et-Futuna",
            "reconnaît",
        ),
        ("sous 48 heures", "Laurent Médaille-Piquet", "Laurent Médaille-Piquet", "rappelle"),
        (
            "Les délais se sont allongés pour les consultations programmées, c’est vrai",
            "Laurent Médaille-Piquet",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        (
            "Mais aucun patient en danger immédiat n’a été laissé sans solution.",
            "Laurent Médaille-Piquet",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        (
            "une dépendance structurelle",
            "Inspection générale des affaires sociales",
            "l’Inspection générale des affaires sociales",
            "pointait",
        ),
        (
            "Mon père est parti seul, sans accompagnant, parce qu’il n’y avait qu’une place. Il ne parle pas bien le français. On l’a appelé tous les soirs, il pleurait au téléphone",
            "fille",
            ("confie-t-elle", "elle"),
            "confie",
        ),
        (
            "Brisbane est à quatre heures de vol. Il faut sortir du tête-à-tête avec Nouméa",
            "Sosefo Tuikalepa",
            ("plaide-t-il", "il"),
            "plaide",
        ),
        ("avant l’été", "ministère de la Santé", "le ministère de la Santé", "indique"),
        (
            "fait l’objet d’échanges constructifs",
            "ministère de la Santé",
            "le ministère de la Santé",
            "indique",
        ),
    ],
    ["Soigner loin de chez soi"],
)

article(
    "blind45-fr05",
    "fr",
    f"""Football : à Saint-Aubin-sur-Tardoire, les projecteurs du stade éteints, l’ASSAT joue dans le noir

Publié le 18/11/2025 à 06h00 | Par Élodie Marchais

Depuis la rentrée, les 180 licenciés de l’Association sportive de Saint-Aubin-sur-Tardoire (ASSAT) s’entraînent à la lampe frontale. La municipalité a décidé de couper l’éclairage du stade Lucien-Boutet après 19 heures, pour réduire une facture d’électricité qui a triplé en trois ans.

«{NB}On a des gamins de 8 ans qui sortent de l’école à 17 h 30. En novembre, à 18 h 15, on ne voit plus le ballon{NB}», résume Thierry Bonnaud, président du club depuis 2014. Le dirigeant parle d’une décision «{NB}prise sans nous{NB}» et regrette de l’avoir apprise par un simple courrier.

Dans un communiqué publié sur sa page Facebook, le club affirme que «{NB}la survie des équipes jeunes est en jeu{NB}» et annonce que deux catégories, les U11 et les U13, ont déjà dû réduire leurs séances de moitié.

Le maire, Gérard Pouvreau, assume. «{NB}Nous avons payé 21 000 euros d’électricité pour les installations sportives l’an dernier. Pour une commune de 1 600 habitants, c’est intenable. J’ai proposé au club d’avancer les horaires ou de s’entraîner le samedi matin{NB}», explique l’élu.

M. Pouvreau rappelle que le remplacement des vieux projecteurs au sodium par des LED est inscrit au budget 2027, «{NB}si les subventions suivent{NB}».

Les entraînements des U13 de l’ASSAT se déroulent désormais sous deux projecteurs de chantier prêtés par un artisan. (Photo CL / Élodie Marchais)

Au bord du terrain que tout le monde ici appelle «{NB}le Chaudron{NB}», depuis une montée historique en 1998, les parents n’en reviennent pas. Une mère venue chercher son fils ne mâche pas ses mots{NB}: «{NB}On nous demande de remettre les enfants au sport, de les décoller des écrans, et on leur coupe la lumière. Il faudrait savoir.{NB}»

Un éducateur bénévole a trouvé une solution provisoire{NB}: deux projecteurs de chantier branchés sur un groupe électrogène, prêtés par un artisan du bourg. «{NB}C’est du bricolage, reconnaît Thierry Bonnaud. Mais c’est ça ou on arrête les jeunes.{NB}»

Lire aussi{NB}: District de la Charente{NB}: les clubs ruraux face à la hausse des coûts

Le District de football de la Charente dit suivre le dossier. Son président, Jean-Marc Texier, évoque une situation «{NB}malheureusement de plus en plus fréquente{NB}» dans les petites communes du département, et promet d’orienter le club vers le fonds d’aide à l’éclairage de la Fédération. «{NB}Un club sans éclairage en hiver, c’est un club qui perd ses jeunes au printemps{NB}», prévient-il.

Une réunion entre le club et la mairie est prévue le 25 novembre.

Partager{NB}: Facebook X E-mail""",
    [
        (
            "On a des gamins de 8 ans qui sortent de l’école à 17 h 30. En novembre, à 18 h 15, on ne voit plus le ballon",
            "Thierry Bonnaud",
            "Thierry Bonnaud",
            "résume",
        ),
        ("prise sans nous", "Thierry Bonnaud", "Le dirigeant", "parle"),
        (
            "la survie des équipes jeunes est en jeu",
            "Association sportive de Saint-Aubin-sur-Tardoire",
            "le club",
            "affirme",
        ),
        (
            "Nous avons payé 21 000 euros d’électricité pour les installations sportives l’an dernier. Pour une commune de 1 600 habitants, c’est intenable. J’ai proposé au club d’avancer les horaires ou de s’entraîner le samedi matin",
            "Gérard Pouvreau",
            "l’élu",
            "explique",
        ),
        ("si les subventions suivent", "Gérard Pouvreau", "M. Pouvreau", "rappelle"),
        (
            "On nous demande de remettre les enfants au sport, de les décoller des écrans, et on leur coupe la lumière. Il faudrait savoir.",
            "mère",
            "Une mère",
            "ne mâche pas ses mots",
        ),
        ("C’est du bricolage", "Thierry Bonnaud", "Thierry Bonnaud", "reconnaît"),
        (
            "Mais c’est ça ou on arrête les jeunes.",
            "Thierry Bonnaud",
            "Thierry Bonnaud",
            "reconnaît",
        ),
        (
            "malheureusement de plus en plus fréquente",
            "Jean-Marc Texier",
            "Jean-Marc Texier",
            "évoque",
        ),
        (
            "Un club sans éclairage en hiver, c’est un club qui perd ses jeunes au printemps",
            "Jean-Marc Texier",
            ("prévient-il", "il"),
            "prévient",
        ),
    ],
    ["le Chaudron"],
)

article(
    "blind45-fr06",
    "fr",
    """Le Noirmont-Dessus: le fabricant de cadrans Vuilleumier & Fils supprime 38 postes

Publié le 14 janvier 2026 à 17h31 – Par Loïc Châtelain (RFJ)

Coup dur pour l'horlogerie franc-montagnarde. Le fabricant de cadrans Vuilleumier & Fils SA, installé au Noirmont-Dessus depuis 1923, a annoncé mercredi la suppression de 38 postes sur 112, soit un tiers de ses effectifs.

Dans un communiqué, la direction invoque «un effondrement des commandes» de ses deux principaux clients, des marques du segment moyen de gamme touchées par le recul des exportations vers les États-Unis et la Chine. L'entreprise dit vouloir «préserver le savoir-faire et l'avenir du site» en se concentrant sur sa ligne haut de gamme, baptisée «Émail des Franches».

Le directeur général, Pascal Vuilleumier, quatrième génération à la tête de l'entreprise, a reçu RFJ dans les ateliers. «C'est la décision la plus difficile que j'aie eu à prendre. Nous avons tenu dix-huit mois avec le chômage partiel, nous avons puisé dans nos réserves, a-t-il expliqué. Aujourd'hui, si nous ne réagissons pas, ce sont les 112 emplois qui disparaissent.»

Le syndicat Horlogerie et Métaux Jura (HMJ) conteste le calendrier. Sa secrétaire régionale, Nadia Froidevaux, dénonce une procédure de consultation «expédiée en dix jours, pendant les Fêtes». «On a appris la nouvelle le 23 décembre, au moment où les gens fermaient l'atelier pour les vacances. C'est d'un cynisme total», tonne-t-elle.

Le syndicat réclame un plan social «digne de ce nom», avec des mesures de préretraite pour les employés de plus de 58 ans, nombreux dans l'entreprise.

Devant l'usine, à la pause de midi, une polisseuse qui travaille chez Vuilleumier depuis 26 ans ne sait pas encore si elle fait partie de la liste. «Ici, tout le monde se connaît. On va voir partir des collègues avec qui on a passé plus de temps qu'avec nos familles.»

Lire aussi: Horlogerie: les exportations jurassiennes reculent pour le sixième trimestre

Le ministre de l'Économie, Raphaël Cattin, a rencontré la direction et les partenaires sociaux mardi. Il dit sa «préoccupation» pour la région des Franches-Montagnes, déjà touchée par deux fermetures l'an dernier. «L'État ne peut pas remplir les carnets de commandes, mais il peut accompagner chaque personne licenciée vers un nouvel emploi. Une cellule de reclassement sera ouverte dès février», a annoncé le ministre.

La consultation du personnel se termine le 28 janvier. Les premiers licenciements devraient être effectifs au printemps.

Partager cet article""",
    [
        ("un effondrement des commandes", "Vuilleumier & Fils SA", "la direction", "invoque"),
        (
            "préserver le savoir-faire et l'avenir du site",
            "Vuilleumier & Fils SA",
            "L'entreprise",
            "dit vouloir",
        ),
        (
            "C'est la décision la plus difficile que j'aie eu à prendre. Nous avons tenu dix-huit mois avec le chômage partiel, nous avons puisé dans nos réserves",
            "Pascal Vuilleumier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Aujourd'hui, si nous ne réagissons pas, ce sont les 112 emplois qui disparaissent.",
            "Pascal Vuilleumier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "expédiée en dix jours, pendant les Fêtes",
            "Nadia Froidevaux",
            "Nadia Froidevaux",
            "dénonce",
        ),
        (
            "On a appris la nouvelle le 23 décembre, au moment où les gens fermaient l'atelier pour les vacances. C'est d'un cynisme total",
            "Nadia Froidevaux",
            ("tonne-t-elle", "elle"),
            "tonne",
        ),
        ("digne de ce nom", "Horlogerie et Métaux Jura", "Le syndicat", "réclame"),
        (
            "Ici, tout le monde se connaît. On va voir partir des collègues avec qui on a passé plus de temps qu'avec nos familles.",
            "polisseuse",
            "une polisseuse",
            None,
        ),
        ("préoccupation", "Raphaël Cattin", ("Il dit", "Il"), "dit"),
        (
            "L'État ne peut pas remplir les carnets de commandes, mais il peut accompagner chaque personne licenciée vers un nouvel emploi. Une cellule de reclassement sera ouverte dès février",
            "Raphaël Cattin",
            "le ministre",
            "a annoncé",
        ),
    ],
    ["Émail des Franches"],
)

article(
    "blind45-fr07",
    "fr",
    """Fernelmont-Haut: une classe de l'école communale menacée, les parents se mobilisent

Publié le 06/05/2026 à 18:44 Par Céline Hubert

Les parents de l'école communale de Fernelmont-Haut ont appris fin avril que la classe de 3e-4e primaire pourrait être fusionnée avec celle de 5e-6e à la rentrée. En cause: le nombre d'élèves, passé sous le seuil fixé par la Fédération Wallonie-Bruxelles.

Ils étaient une cinquantaine, mardi soir, à la salle du patro pour une réunion d'information. Une pétition intitulée "Une classe, un instit, un avenir" a déjà recueilli plus de 900 signatures en ligne.

Aurélie Gilson, maman de deux enfants scolarisés dans l'implantation, est à l'origine du collectif "Les Cartables de Fernelmont". Elle l'explique sans détour: "Mettre des enfants de 8 ans avec des enfants de 12 ans dans une même classe, avec une seule institutrice, ce n'est pas de la pédagogie, c'est de la gestion de stock."

"On ne demande pas un luxe. On demande que nos enfants aient la même chance que ceux de la ville."

L'échevine de l'Enseignement, Martine Delvaux, dit partager "l'inquiétude des parents" mais rappelle que la commune n'a pas la main sur les normes d'encadrement. "Nous avons introduit une demande de dérogation il y a dix jours. Si elle est refusée, la commune ne peut pas payer un enseignant sur fonds propres, ça représente près de 60.000 euros par an", a détaillé l'échevine.

Selon elle, la fermeture de la ligne de bus vers Noville-les-Bois a fait perdre à l'école "une dizaine d'élèves en deux ans".

Interrogé par mail, le cabinet de la ministre de l'Éducation indique que la demande de la commune "sera examinée avec attention" et qu'une décision sera communiquée "avant la fin du mois de juin". Le cabinet rappelle toutefois que les dérogations sont accordées "de manière exceptionnelle".

À la sortie de l'école, un grand-père venu chercher sa petite-fille ne cache pas son pessimisme. "Ils ont commencé par fermer la poste, puis la banque. L'école, c'est la dernière chose qui reste au village", souffle-t-il.

À lire aussi: Éghezée: la nouvelle crèche communale ouvrira en septembre

L'institutrice de 3e-4e, qui enseigne à Fernelmont-Haut depuis 19 ans, n'a pas souhaité s'exprimer. Le pouvoir organisateur doit se réunir le 20 mai.

Le collectif prévoit de remettre la pétition au conseil communal lors de sa séance de juin. "On ira jusqu'au bout, prévient Aurélie Gilson. S'il faut aller à Bruxelles, on ira à Bruxelles."

Partager sur Facebook Partager sur X""",
    [
        (
            "Mettre des enfants de 8 ans avec des enfants de 12 ans dans une même classe, avec une seule institutrice, ce n'est pas de la pédagogie, c'est de la gestion de stock.",
            "Aurélie Gilson",
            ("Elle l'explique", "Elle"),
            "explique",
        ),
        (
            "On ne demande pas un luxe. On demande que nos enfants aient la même chance que ceux de la ville.",
            "Aurélie Gilson",
            "Aurélie Gilson",
            None,
        ),
        ("l'inquiétude des parents", "Martine Delvaux", "Martine Delvaux", "dit partager"),
        (
            "Nous avons introduit une demande de dérogation il y a dix jours. Si elle est refusée, la commune ne peut pas payer un enseignant sur fonds propres, ça représente près de 60.000 euros par an",
            "Martine Delvaux",
            "l'échevine",
            "a détaillé",
        ),
        ("une dizaine d'élèves en deux ans", "Martine Delvaux", ("Selon elle", "elle"), "Selon"),
        (
            "sera examinée avec attention",
            "cabinet de la ministre de l'Éducation",
            "le cabinet de la ministre de l'Éducation",
            "indique",
        ),
        (
            "avant la fin du mois de juin",
            "cabinet de la ministre de l'Éducation",
            "le cabinet de la ministre de l'Éducation",
            "indique",
        ),
        (
            "de manière exceptionnelle",
            "cabinet de la ministre de l'Éducation",
            "Le cabinet",
            "rappelle",
        ),
        (
            "Ils ont commencé par fermer la poste, puis la banque. L'école, c'est la dernière chose qui reste au village",
            "grand-père",
            ("souffle-t-il", "il"),
            "souffle",
        ),
        ("On ira jusqu'au bout", "Aurélie Gilson", "Aurélie Gilson", "prévient"),
        (
            "S'il faut aller à Bruxelles, on ira à Bruxelles.",
            "Aurélie Gilson",
            "Aurélie Gilson",
            "prévient",
        ),
    ],
    ["Une classe, un instit, un avenir", "Les Cartables de Fernelmont"],
)

article(
    "blind45-fr08",
    "fr",
    """Police municipale : l’armement progresse, les petites communes hésitent

Publié le 02/10/2025 • Par Hervé Lacombe • dans : Actu prévention sécurité, France

Près de sept policiers municipaux sur dix sont désormais dotés d’une arme à feu, selon un rapport présenté fin septembre par l’Observatoire des polices locales. Mais derrière cette moyenne, les écarts entre grandes villes et communes rurales restent considérables.

Le rapport de l’Observatoire décrit une « normalisation progressive » de l’armement depuis 2016. Ses auteurs notent que la décision relève désormais moins d’un choix idéologique que d’une « demande des agents eux-mêmes », souvent formulée lors des recrutements.

« Dans un marché de l’emploi très tendu, l’armement est devenu un argument d’attractivité. Une commune qui refuse d’armer ses agents a plus de mal à recruter », explique le chercheur Mathieu Lenglet, l’un des auteurs du rapport.

Pour les petites communes, la question se pose différemment. L’Association des maires ruraux du Sud-Ouest (AMRSO) pointe le coût de la formation, des stands de tir et du stockage sécurisé. Dans une note transmise à La Gazette, l’association estime que « l’armement d’un seul agent représente, la première année, un investissement de 8 000 à 12 000 euros ».

Maire de Castelnau-sur-Lèze (3 200 habitants) et vice-président de l’AMRSO, Jean-Claude Bories a tranché l’an dernier contre l’armement de ses deux agents. « Mes policiers municipaux font de la tranquillité publique, de la sécurité routière devant les écoles, du lien avec les commerçants. Je ne veux pas les transformer en mini-gendarmes.

« Et honnêtement, si une situation exige une arme, c’est que c’est le travail de la gendarmerie, pas le nôtre. »

Une position que ne partage pas le syndicat des policiers municipaux FPM-Solidarité, qui qualifie de « dangereux » le fait d’envoyer des agents non armés sur des interventions de nuit. « Nos collègues ne choisissent pas les situations auxquelles ils sont confrontés. Le jour où il se passe quelque chose, ce n’est pas le maire qui sera en première ligne », réagit son secrétaire général, Frédéric Auzanne.

Le rapport relève aussi l’essor du « continuum de sécurité », terme utilisé par les pouvoirs publics pour désigner la coopération entre polices nationale et municipales, et recommande une convention de coordination « réellement opérationnelle » dans chaque commune.

Sollicité, le ministère de l’Intérieur rappelle que l’armement « relève de la libre décision du maire, après avis du préfet », et qu’aucune évolution législative n’est à l’ordre du jour.

Sur le même sujet : Police municipale : les recrutements au plus haut depuis dix ans

Dans les petites communes, le débat reste souvent tranché au cas par cas, au fil des recrutements et des départs.

Partager : Facebook X LinkedIn""",
    [
        (
            "normalisation progressive",
            "Observatoire des polices locales",
            "Le rapport",
            "décrit",
        ),
        (
            "demande des agents eux-mêmes",
            "Observatoire des polices locales",
            "Ses auteurs",
            "notent",
        ),
        (
            "Dans un marché de l’emploi très tendu, l’armement est devenu un argument d’attractivité. Une commune qui refuse d’armer ses agents a plus de mal à recruter",
            "Mathieu Lenglet",
            "Mathieu Lenglet",
            "explique",
        ),
        (
            "l’armement d’un seul agent représente, la première année, un investissement de 8 000 à 12 000 euros",
            "Association des maires ruraux du Sud-Ouest",
            "l’association",
            "estime",
        ),
        (
            "Mes policiers municipaux font de la tranquillité publique, de la sécurité routière devant les écoles, du lien avec les commerçants. Je ne veux pas les transformer en mini-gendarmes.",
            "Jean-Claude Bories",
            "Jean-Claude Bories",
            None,
        ),
        (
            "Et honnêtement, si une situation exige une arme, c’est que c’est le travail de la gendarmerie, pas le nôtre.",
            "Jean-Claude Bories",
            "Jean-Claude Bories",
            None,
        ),
        ("dangereux", "FPM-Solidarité", "FPM-Solidarité", "qualifie"),
        (
            "Nos collègues ne choisissent pas les situations auxquelles ils sont confrontés. Le jour où il se passe quelque chose, ce n’est pas le maire qui sera en première ligne",
            "Frédéric Auzanne",
            "Frédéric Auzanne",
            "réagit",
        ),
        (
            "réellement opérationnelle",
            "Observatoire des polices locales",
            "Le rapport",
            "recommande",
        ),
        (
            "relève de la libre décision du maire, après avis du préfet",
            "ministère de l’Intérieur",
            "le ministère de l’Intérieur",
            "rappelle",
        ),
    ],
    ["continuum de sécurité"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind45_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
