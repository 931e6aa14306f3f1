# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind35_fr.jsonl: a thirty-fifth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a cross-border bus line to Basel
being cut (L'Alsace, cross-border transport: a headline quote without a cue, a placard slogan
and a petition title, an interrupted quote with a title-only mention, a region speaking by its
press line, an unnamed lab technician), dinosaur footprints in a Lot quarry (Sciences et
Avenir, palaeontology: NNBSP padding, a paper title, the paper's authors, a "trois questions"
Q&A whose unmarked answers are not listed while the quotes inside them are, a company's
communiqué), a sugar-cane price blockade in Réunion (Clicanoo, agriculture: unpadded marks and
straight apostrophes, a group with a short name in brackets speaking through "la direction", a
nested “ ” saying after a colon with no speech verb, an anonymous planter), hail on Côte-de-Beaune
vineyards (Le Bien public, wine: plain-spaced marks, a headline quote, a multi-paragraph
testimony, a follow-on quote without a cue, a cuvée name, the préfète by title), silting at
Cherbourg harbour (La Presse de la Manche, fishing: a headline partial quote with a group cue,
a banner and a trawler's name in marks, an interrupted quote with "a-t-il ajouté", an SMS in
“ ” quoted without a speech verb), a referee punched in Liège amateur football (La DH, amateur
football: straight marks in the headline, unpadded « », a club's Facebook communiqué, the
parquet's spokeswoman), Casablanca taxi drivers against a ride-hailing app (Le360, urban
transport: an app name in marks, a union with a short name in brackets, an interrupted quote,
an anonymous official, a regional directorate's communiqué) and a restored Renaissance
altarpiece back in its church (Connaissance des Arts, heritage: NBSP and NNBSP padding, a
work's name and a subscription title in marks, an inscription nested in “ ”, a curator by
title only, a directorate's report). Gold conventions are those of build_dev.py.
Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind35_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind35-fr01",
    "fr",
    f"""« On nous abandonne » : la ligne de bus frontalière vers Bâle supprimée fin juin

Les quelque 600 usagers quotidiens de la ligne 604, qui relie le Haut-Sundgau à la gare de Bâle, devront trouver une autre solution à la rentrée. Le syndicat qui la finance ne veut plus payer.

Par Céline Wendling - Aujourd’hui à 06:00 - Temps de lecture : 3 min

Ils étaient une quarantaine, mardi soir, devant la mairie de Bartenbach, pancartes à la main. Sur l’une d’elles, on pouvait lire «{NB}Pas de bus, pas de boulot{NB}». La nouvelle est tombée la semaine dernière : la ligne 604, exploitée depuis 2011 entre le Haut-Sundgau et Bâle, cessera de circuler le 30 juin.
«{NB}On nous abandonne, tout simplement{NB}», lâche Martine Eschbach, aide-soignante dans une clinique bâloise depuis dix-huit ans. «{NB}Je n’ai pas le permis. Sans ce bus, je ne sais pas comment je vais faire.{NB}»
Photo L’Alsace /Thierry Gerber
Le Syndicat mixte des transports du Haut-Sundgau (SMTHS), qui finance la ligne avec le canton de Bâle-Ville, justifie sa décision par un déficit de 410 000 euros par an. «{NB}Le taux de remplissage ne dépasse pas 38 % en dehors des heures de pointe. Nous ne pouvons plus demander aux communes de combler ce trou{NB}», écrit le syndicat dans un courrier adressé aux maires le 14 mai.
Son président, Raymond Koenig, assume. «{NB}Personne ne supprime une ligne de gaieté de cœur, assure le maire d’Ober-Rettwiller. Mais on a tenu cinq ans avec des rustines.{NB}» Il dit avoir sollicité la Région Grand Est, «{NB}sans réponse à ce jour{NB}».
Lire aussi : Saint-Louis : le parking relais de la gare saturé dès 7 h
La collectivité régionale, elle, renvoie la balle. «{NB}Les lignes transfrontalières d’intérêt local relèvent des intercommunalités. Nous l’avons rappelé à plusieurs reprises{NB}», fait savoir la Région, qui se dit toutefois «{NB}ouverte à une discussion{NB}» sur un transport à la demande.
Côté suisse, le ton est plus sec. Interrogé par L’Alsace, le chef de l’office des transports de Bâle-Ville, Urs Brändli, rappelle que le canton «{NB}a toujours payé sa part{NB}». «{NB}Si la partie française se retire, nous ne pourrons pas exploiter seuls une ligne qui circule aux trois quarts en France{NB}», ajoute-t-il.
Partager : Facebook X WhatsApp E-mail
À Bartenbach, la maire, Sylvie Fuchs, a lancé une pétition intitulée «{NB}Sauvons la 604{NB}», qui comptait mercredi plus de 2 300 signatures. «{NB}Ce n’est pas une ligne de loisirs. Ce sont des infirmières, des laborantines, des caissières qui vont à Bâle tous les matins{NB}», insiste l’élue. Mme Fuchs rappelle qu’un frontalier qui prend sa voiture «{NB}paie 12 francs de parking par jour{NB}».
Dans le car de 6 h 12, jeudi, un jeune laborantin résumait l’ambiance : «{NB}On nous dit de laisser la voiture au garage, et on nous retire le bus. Cherchez l’erreur.{NB}»
Une réunion publique est prévue le 12 juin à la salle polyvalente de Bartenbach.
Newsletter Sundgau - Recevez chaque matin l’essentiel de l’actualité de votre secteur""",
    [
        ("On nous abandonne", "Martine Eschbach", None, None),
        ("On nous abandonne, tout simplement", "Martine Eschbach", "Martine Eschbach", "lâche"),
        (
            "Je n’ai pas le permis. Sans ce bus, je ne sais pas comment je vais faire.",
            "Martine Eschbach",
            None,
            None,
        ),
        (
            "Le taux de remplissage ne dépasse pas 38 % en dehors des heures de pointe. Nous ne pouvons plus demander aux communes de combler ce trou",
            "Syndicat mixte des transports du Haut-Sundgau",
            "le syndicat",
            "écrit",
        ),
        (
            "Personne ne supprime une ligne de gaieté de cœur",
            "Raymond Koenig",
            "le maire d’Ober-Rettwiller",
            "assure",
        ),
        (
            "Mais on a tenu cinq ans avec des rustines.",
            "Raymond Koenig",
            "le maire d’Ober-Rettwiller",
            "assure",
        ),
        ("sans réponse à ce jour", "Raymond Koenig", ("Il dit", "Il"), ("Il dit", "dit")),
        (
            "Les lignes transfrontalières d’intérêt local relèvent des intercommunalités. Nous l’avons rappelé à plusieurs reprises",
            "Région Grand Est",
            "la Région",
            "fait savoir",
        ),
        ("ouverte à une discussion", "Région Grand Est", "la Région", "se dit"),
        ("a toujours payé sa part", "Urs Brändli", "Urs Brändli", "rappelle"),
        (
            "Si la partie française se retire, nous ne pourrons pas exploiter seuls une ligne qui circule aux trois quarts en France",
            "Urs Brändli",
            ("ajoute-t-il", "il"),
            "ajoute",
        ),
        (
            "Ce n’est pas une ligne de loisirs. Ce sont des infirmières, des laborantines, des caissières qui vont à Bâle tous les matins",
            "Sylvie Fuchs",
            "l’élue",
            "insiste",
        ),
        (
            "paie 12 francs de parking par jour",
            "Sylvie Fuchs",
            "Mme Fuchs",
            "rappelle",
        ),
        (
            "On nous dit de laisser la voiture au garage, et on nous retire le bus. Cherchez l’erreur.",
            "laborantin",
            "un jeune laborantin",
            "résumait",
        ),
    ],
    ["Pas de bus, pas de boulot", "Sauvons la 604"],
)

article(
    "blind35-fr02",
    "fr",
    f"""Des centaines d’empreintes de dinosaures mises au jour dans une carrière du Lot

Plus de 300 traces de pas, vieilles d’environ 150 millions d’années, ont été découvertes au fond d’une carrière de calcaire. Les paléontologues parlent d’un site majeur.

Par Antoine Ravel le 03.04.2026 à 14h30

C’est un conducteur d’engin qui a donné l’alerte. En décapant une couche de calcaire dans la carrière des Combes, à Saint-Méard-de-Lot, en septembre 2025, Didier Lacombe a remarqué «{NNB}des creux en forme de trèfle, bien alignés{NNB}». «{NNB}J’ai d’abord cru à des traces de pneus. Puis j’ai vu qu’il y en avait des dizaines, toutes dans le même sens{NNB}», raconte-t-il.
L’entreprise exploitante, Calcaires du Haut-Quercy, a suspendu l’extraction sur deux hectares. Dans un communiqué, elle se dit «{NNB}fière de contribuer à la science{NNB}» et promet de laisser le site accessible aux chercheurs «{NNB}aussi longtemps que nécessaire{NNB}».
© Muséum de Toulouse / M. Aubrac
Une étude publiée le 1er avril dans la Revue de paléobiologie du Sud-Ouest, intitulée «{NNB}Un site à pistes de théropodes du Jurassique supérieur du Quercy{NNB}», décrit 312 empreintes réparties en 19 pistes. Ses auteurs y évoquent «{NNB}l’un des plus riches gisements de la fin du Jurassique en Europe de l’Ouest{NNB}».
À lire aussi — Une nouvelle espèce de sauropode identifiée dans le Jura
Trois questions à Mathilde Aubrac, paléontologue au muséum de Toulouse et première signataire de l’étude
Sciences et Avenir : Qu’ont de particulier ces empreintes ?
Mathilde Aubrac : Leur état de conservation. On voit les coussinets, parfois même la marque des griffes. Quand mon collègue Julien Serres a vu les premières photos, il a écrit sur notre groupe de discussion : «{NNB}Tu ne vas pas me croire.{NNB}» Il avait raison.
S. et A. : Que nous apprennent-elles ?
M. A. : Les pistes sont parallèles, espacées de quelques mètres seulement. Cela suggère que plusieurs animaux marchaient ensemble, dans la même direction, probablement le long d’une lagune. C’est une hypothèse, pas une certitude.
S. et A. : Le site sera-t-il ouvert au public ?
M. A. : Pas dans l’immédiat. Il faut d’abord tout relever, mouler, numériser. Le maire m’a dit : «{NNB}On fera un belvédère, mais pas avant que vous ayez fini.{NNB}» C’est la bonne méthode.
Tous les spécialistes ne partagent pas cette lecture. «{NNB}Des pistes parallèles peuvent simplement suivre un rivage. Il est prématuré de parler de troupeau{NNB}», tempère Hugo Rieux, chercheur au CNRS à Lyon, qui n’a pas participé à l’étude.
Le maire de Saint-Méard-de-Lot, Gérard Pouget, confirme vouloir un aménagement d’ici trois ans. «{NNB}C’est une chance pour une commune de 400 habitants. On ne va pas la laisser filer{NNB}», dit-il.
Abonnez-vous à la newsletter Sciences et Avenir""",
    [
        (
            "des creux en forme de trèfle, bien alignés",
            "Didier Lacombe",
            "Didier Lacombe",
            "a remarqué",
        ),
        (
            "J’ai d’abord cru à des traces de pneus. Puis j’ai vu qu’il y en avait des dizaines, toutes dans le même sens",
            "Didier Lacombe",
            ("raconte-t-il", "il"),
            "raconte",
        ),
        (
            "fière de contribuer à la science",
            "Calcaires du Haut-Quercy",
            ("elle se dit", "elle"),
            "se dit",
        ),
        (
            "aussi longtemps que nécessaire",
            "Calcaires du Haut-Quercy",
            ("elle se dit", "elle"),
            "promet",
        ),
        (
            "l’un des plus riches gisements de la fin du Jurassique en Europe de l’Ouest",
            "auteurs",
            "Ses auteurs",
            "évoquent",
        ),
        ("Tu ne vas pas me croire.", "Julien Serres", ("il a écrit", "il"), "a écrit"),
        (
            "On fera un belvédère, mais pas avant que vous ayez fini.",
            "Gérard Pouget",
            ("Le maire m’a dit", "Le maire"),
            ("m’a dit", "a dit"),
        ),
        (
            "Des pistes parallèles peuvent simplement suivre un rivage. Il est prématuré de parler de troupeau",
            "Hugo Rieux",
            "Hugo Rieux",
            "tempère",
        ),
        (
            "C’est une chance pour une commune de 400 habitants. On ne va pas la laisser filer",
            "Gérard Pouget",
            ("dit-il", "il"),
            ("dit-il", "dit"),
        ),
    ],
    ["Un site à pistes de théropodes du Jurassique supérieur du Quercy"],
)

article(
    "blind35-fr03",
    "fr",
    """Campagne sucrière : les planteurs bloquent l'usine de Ravine-Sèche

Depuis lundi matin, une centaine de planteurs empêchent les camions cannes d'entrer dans l'usine. Ils réclament une hausse du prix de la tonne.

Clicanoo.re - Publié le 8 juillet 2026 à 11h42 | Mis à jour à 14h05

Depuis lundi 5 heures, une centaine de planteurs bloquent l'entrée de l'usine sucrière de Ravine-Sèche, à Saint-André. Sur les remorques garées en file le long de la route, des cannes coupées la veille sèchent au soleil. «C'est notre récolte qui pourrit, mais on n'a plus le choix», explique Jean-Max Payet, planteur à Bras-Panon et porte-parole du collectif Canne en colère.
Les planteurs réclament un prix de 48 euros la tonne, contre 41 euros proposés par l'industriel. «On travaille à perte depuis trois ans. L'engrais a doublé, le gasoil a doublé, et nous, on nous donne des miettes», poursuit-il, le chapeau de paille vissé sur la tête.
Le groupe Sucrerie de l'Est réunionnais (SER), propriétaire de l'usine, a réagi par communiqué. Il estime que le blocage met «en péril l'ensemble de la filière» et rappelle que sa proposition actuelle est «la plus haute jamais faite depuis 2009». «La porte des négociations reste ouverte, mais pas sous la contrainte», ajoute la direction.
LIRE AUSSI : Sécheresse dans l'Est : les planteurs appellent à l'aide
Le préfet de La Réunion, Éric Lanfranchi, a convoqué une table ronde mercredi. «Le dialogue doit reprendre. Je ne laisserai pas une campagne sucrière s'arrêter au bout de deux jours», a-t-il déclaré mardi, à la sortie d'une réunion à Saint-Denis. La préfecture de La Réunion indique par ailleurs que les forces de l'ordre «n'interviendront pas à ce stade».
Photo : Clicanoo / S.G.
Sur le piquet, l'ambiance reste bon enfant. Des marmites de cari circulent entre les tracteurs, une sono crache du maloya. Marie-Josée Hoarau, 61 ans, coupe la canne depuis l'âge de 14 ans : «Mon père disait toujours : “La canne, c'est la vie, mais elle ne fait pas vivre.” Il avait raison.»
D'autres sont moins patients. «Si rien ne bouge d'ici vendredi, on ira bloquer le port», prévient un jeune planteur de Sainte-Rose, qui préfère taire son nom.
La Chambre d'agriculture, elle, appelle au calme. Son président, Patrice Grondin, juge la situation «explosive». «Chacun doit faire un pas. Sinon, c'est toute la filière qui sautera», a-t-il estimé au micro d'une radio locale. La campagne, qui devait durer jusqu'en décembre, concerne près de 2 800 exploitations.
Partager cet article
Réagir""",
    [
        (
            "C'est notre récolte qui pourrit, mais on n'a plus le choix",
            "Jean-Max Payet",
            "Jean-Max Payet",
            "explique",
        ),
        (
            "On travaille à perte depuis trois ans. L'engrais a doublé, le gasoil a doublé, et nous, on nous donne des miettes",
            "Jean-Max Payet",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "en péril l'ensemble de la filière",
            "Sucrerie de l'Est réunionnais",
            ("Il estime", "Il"),
            "estime",
        ),
        (
            "la plus haute jamais faite depuis 2009",
            "Sucrerie de l'Est réunionnais",
            ("Il estime", "Il"),
            "rappelle",
        ),
        (
            "La porte des négociations reste ouverte, mais pas sous la contrainte",
            "Sucrerie de l'Est réunionnais",
            "la direction",
            "ajoute",
        ),
        (
            "Le dialogue doit reprendre. Je ne laisserai pas une campagne sucrière s'arrêter au bout de deux jours",
            "Éric Lanfranchi",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "n'interviendront pas à ce stade",
            "préfecture de La Réunion",
            "La préfecture de La Réunion",
            "indique",
        ),
        (
            "Mon père disait toujours : “La canne, c'est la vie, mais elle ne fait pas vivre.” Il avait raison.",
            "Marie-Josée Hoarau",
            "Marie-Josée Hoarau",
            None,
        ),
        (
            "Si rien ne bouge d'ici vendredi, on ira bloquer le port",
            "planteur",
            "un jeune planteur de Sainte-Rose",
            "prévient",
        ),
        ("explosive", "Patrice Grondin", "Patrice Grondin", "juge"),
        (
            "Chacun doit faire un pas. Sinon, c'est toute la filière qui sautera",
            "Patrice Grondin",
            ("a-t-il estimé", "il"),
            "a-t-il estimé",
        ),
    ],
)

article(
    "blind35-fr04",
    "fr",
    """Grêle en Côte-de-Beaune : « En dix minutes, on a perdu l’année »

L’orage de samedi soir a haché les vignes de trois villages au sud de Beaune. Les vignerons estiment les pertes jusqu’à 80 % sur certaines parcelles.

Par Damien Charvet - 23 juin 2026 à 19:10 | mis à jour le 24 juin 2026 à 07:45

Samedi, vers 21 h, un orage d’une rare violence s’est abattu sur les coteaux de Meuilly-lès-Beaune, Corvelle et Saint-Aubin-le-Haut. En une dizaine de minutes, des grêlons ont déchiqueté feuilles et grappes sur près de 400 hectares.
Les grêlons ont atteint la taille d’une balle de ping-pong. Photo LBP/D.C.
Au domaine Belorgey, à Corvelle, Anne-Laure Belorgey a passé la journée de dimanche à arpenter ses rangs. Elle raconte :
« Quand j’ai entendu les premiers grêlons sur le toit, j’ai su. Mon mari est sorti avec une lampe, il est revenu trempé, il n’a rien dit.
« Le lendemain, on a fait le tour. Les grappes sont éclatées, les bois sont marqués. Ça, c’est le pire : les blessures sur les bois, on les paiera encore l’an prochain.
« En dix minutes, on a perdu l’année. Et c’est la troisième fois en cinq ans. »
La vigneronne avait déjà baptisé sa cuvée 2024, grêlée elle aussi, « Coup de tabac ». Cette année, elle ne sait pas s’il y aura une cuvée du tout.
Le Syndicat des vignerons de la Côte-de-Beaune (SVCB) réclame la reconnaissance de l’état de calamité agricole. « Beaucoup de jeunes exploitants ne sont pas assurés, parce que l’assurance récolte coûte trop cher », souligne son président, Bertrand Lamarche. « Pour eux, sans aide, c’est la fin. »
Lire aussi : Vendanges 2025 : un millésime précoce mais peu abondant
La préfète de la Côte-d’Or, Catherine Mairet, s’est rendue lundi matin à Corvelle. « L’État sera aux côtés des viticulteurs », a assuré la préfète, qui a promis d’instruire le dossier de calamité « d’ici la fin de l’été ».
Chez l’assureur, on se veut rassurant. « Nos experts seront dans les parcelles dès mercredi. Les premiers acomptes pourront être versés en juillet », indique la Mutuelle viticole de Bourgogne dans un communiqué.
Un viticulteur de Saint-Aubin-le-Haut, rencontré dans ses vignes, a une autre crainte : « Avec le réchauffement, ces orages-là, on va en avoir tous les ans. Il faudra peut-être poser des filets, comme en Argentine. »
Partager l’article
Newsletter Vin - Chaque vendredi, le meilleur de l’actualité viticole de Bourgogne dans votre boîte mail""",
    [
        ("En dix minutes, on a perdu l’année", "Anne-Laure Belorgey", None, None),
        (
            "Quand j’ai entendu les premiers grêlons sur le toit, j’ai su. Mon mari est sorti avec une lampe, il est revenu trempé, il n’a rien dit.",
            "Anne-Laure Belorgey",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "Le lendemain, on a fait le tour. Les grappes sont éclatées, les bois sont marqués. Ça, c’est le pire : les blessures sur les bois, on les paiera encore l’an prochain.",
            "Anne-Laure Belorgey",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "En dix minutes, on a perdu l’année. Et c’est la troisième fois en cinq ans.",
            "Anne-Laure Belorgey",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "Beaucoup de jeunes exploitants ne sont pas assurés, parce que l’assurance récolte coûte trop cher",
            "Bertrand Lamarche",
            "Bertrand Lamarche",
            "souligne",
        ),
        ("Pour eux, sans aide, c’est la fin.", "Bertrand Lamarche", None, None),
        ("L’État sera aux côtés des viticulteurs", "Catherine Mairet", "la préfète", "a assuré"),
        ("d’ici la fin de l’été", "Catherine Mairet", "la préfète", "a promis"),
        (
            "Nos experts seront dans les parcelles dès mercredi. Les premiers acomptes pourront être versés en juillet",
            "Mutuelle viticole de Bourgogne",
            "la Mutuelle viticole de Bourgogne",
            "indique",
        ),
        (
            "Avec le réchauffement, ces orages-là, on va en avoir tous les ans. Il faudra peut-être poser des filets, comme en Argentine.",
            "viticulteur",
            "Un viticulteur de Saint-Aubin-le-Haut",
            None,
        ),
    ],
    ["Coup de tabac"],
)

article(
    "blind35-fr05",
    "fr",
    f"""Port de Cherbourg : les pêcheurs dénoncent un envasement «{NB}dangereux{NB}»

Cherbourg-en-Cotentin · Publié le 14/10/2026 à 17h22 · Par Yann Lemarchand

À marée basse, certains bateaux touchent le fond. Depuis la fin de l’été, les patrons pêcheurs du bassin du Commerce alertent sur l’envasement du chenal d’accès. Mardi, une quinzaine d’entre eux ont déployé une banderole «{NB}Draguez, on coule{NB}!{NB}» devant la capitainerie.
«{NB}La semaine dernière, j’ai dû attendre deux heures devant la passe pour rentrer, avec 800 kilos de lieu jaune dans la cale{NB}», témoigne Loïc Hamel, patron du chalutier «{NB}Marie-Odile{NB}». «{NB}Un jour, quelqu’un va rester planté là, a-t-il ajouté, et ce jour-là il ne faudra pas venir pleurer.{NB}»
Lire aussi : Cherbourg : le nouveau ponton de la Cité de la mer inauguré
Vendredi, les patrons ont tous reçu le même SMS de la capitainerie de Cherbourg : “Tirant d’eau limité à 2,20 m à basse mer dans le chenal. Prudence.” Un message qui a fait bondir l’Association des pêcheurs du bassin du Commerce. Son président, Éric Lepesant, parle d’un «aveu d’échec». «Début novembre, c’est la saison de la coquille. On aura les bateaux dehors et la drague dans les pattes», regrette-t-il.
Le Syndicat mixte des ports du Cotentin (SMPC), gestionnaire du site, reconnaît un retard. «{NB}La drague qui devait intervenir en septembre a été immobilisée par une avarie de moteur. Elle sera là début novembre, c’est un engagement{NB}», assure son directeur, Frédéric Quesnel. M. Quesnel promet «{NB}une campagne renforcée{NB}» de 60 000 mètres cubes, contre 40 000 habituellement.
Photo : La Presse de la Manche / Y.L.
Une explication qui ne convainc pas. «{NB}Ça fait trois ans qu’on nous dit que c’est la dernière fois{NB}», soupire un matelot, la cigarette aux lèvres, en ramendant un filet sur le quai.
L’adjointe au maire chargée du port, Nathalie Gosselin, a écrit lundi au préfet maritime. Dans ce courrier, que La Presse de la Manche a pu consulter, elle évoque «{NB}un risque réel pour la sécurité des marins{NB}» et demande «{NB}une inspection du chenal dans les plus brefs délais{NB}».
Interrogée mercredi, la préfecture maritime de la Manche et de la mer du Nord a indiqué avoir «{NB}bien reçu le courrier{NB}», sans plus de commentaire.
La prochaine réunion du conseil portuaire est fixée au 28 octobre. Les pêcheurs ont prévenu qu’ils y viendraient nombreux.
Vous avez lu 3 articles ce mois-ci. Abonnez-vous pour continuer""",
    [
        ("dangereux", "pêcheurs", "les pêcheurs", "dénoncent"),
        (
            "La semaine dernière, j’ai dû attendre deux heures devant la passe pour rentrer, avec 800 kilos de lieu jaune dans la cale",
            "Loïc Hamel",
            "Loïc Hamel",
            "témoigne",
        ),
        (
            "Un jour, quelqu’un va rester planté là",
            "Loïc Hamel",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "et ce jour-là il ne faudra pas venir pleurer.",
            "Loïc Hamel",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Tirant d’eau limité à 2,20 m à basse mer dans le chenal. Prudence.",
            "capitainerie de Cherbourg",
            "la capitainerie de Cherbourg",
            None,
        ),
        ("aveu d’échec", "Éric Lepesant", "Éric Lepesant", "parle"),
        (
            "Début novembre, c’est la saison de la coquille. On aura les bateaux dehors et la drague dans les pattes",
            "Éric Lepesant",
            ("regrette-t-il", "il"),
            "regrette",
        ),
        (
            "La drague qui devait intervenir en septembre a été immobilisée par une avarie de moteur. Elle sera là début novembre, c’est un engagement",
            "Frédéric Quesnel",
            "Frédéric Quesnel",
            "assure",
        ),
        ("une campagne renforcée", "Frédéric Quesnel", "M. Quesnel", "promet"),
        (
            "Ça fait trois ans qu’on nous dit que c’est la dernière fois",
            "matelot",
            "un matelot",
            "soupire",
        ),
        (
            "un risque réel pour la sécurité des marins",
            "Nathalie Gosselin",
            ("elle évoque", "elle"),
            "évoque",
        ),
        (
            "une inspection du chenal dans les plus brefs délais",
            "Nathalie Gosselin",
            ("elle évoque", "elle"),
            "demande",
        ),
        (
            "bien reçu le courrier",
            "préfecture maritime de la Manche et de la mer du Nord",
            "la préfecture maritime de la Manche et de la mer du Nord",
            "a indiqué",
        ),
    ],
    [f"Draguez, on coule{NB}!", "Marie-Odile"],
)

article(
    "blind35-fr06",
    "fr",
    """Un arbitre frappé en P3 liégeoise : "Je n'y retournerai plus"

Kevin Lambotte, 24 ans, a reçu un coup de poing au visage au moment de sortir un carton rouge. Le joueur a été identifié, le parquet de Liège a ouvert une enquête.

Publié le 06-10-26 à 12h14 - Mis à jour le 06-10-26 à 15h30

Dimanche après-midi, la rencontre de P3 entre le RCS Berloz-Sud et l'Union Hognoul-Moulin a été arrêtée à la 71e minute. L'arbitre, Kevin Lambotte, venait d'exclure un joueur local pour une deuxième carte jaune lorsqu'il a reçu un coup de poing au visage. Il a été transporté à l'hôpital de la Citadelle, à Liège, avec une fracture du nez.
Joint lundi par La DH, le jeune homme était encore sous le choc. «Je n'ai rien vu venir. Je sortais le carton rouge et je me suis retrouvé par terre», raconte-t-il. «Ce qui me fait le plus mal, c'est que personne ne m'a aidé à me relever. Les joueurs des deux équipes regardaient.»
Arbitre depuis six ans, il a pris sa décision. «Je n'y retournerai plus. Pas pour 38 euros le match, et pas pour me faire casser la figure», lâche Lambotte.
Lire aussi > Foot amateur : un match de P4 arrêté après des insultes racistes
Le RCS Berloz-Sud a publié un communiqué sur sa page Facebook dimanche soir. Le club y dénonce «un geste inqualifiable» et annonce que le joueur, âgé de 29 ans, «ne portera plus jamais le maillot du club». Il présente ses excuses à l'arbitre «et à toute la famille du football provincial».
Le parquet de Liège a confirmé l'ouverture d'une enquête pour coups et blessures volontaires. «L'auteur présumé a été entendu et laissé en liberté. Il sera cité à comparaître devant le tribunal correctionnel», précise Sophie Dethier, porte-parole du parquet.
Du côté de la fédération, le responsable provincial des arbitres, Marc Jadoul, parle d'une «saison noire» : c'est la septième agression d'un arbitre dans la province depuis la reprise en août. «On perd des arbitres chaque semaine. Bientôt, il n'y aura plus personne pour siffler les matchs de P3 et de P4», prévient-il. Il plaide pour des sanctions «exemplaires», jusqu'à la suspension à vie.
Vidéo - Les images de l'arrêt du match filmées depuis la tribune
L'avocat du joueur, Me Olivier Renard, appelle à ne pas faire de son client un monstre. «Mon client a été insulté pendant tout le match, par le public comme par les adversaires. Cela n'excuse rien, mais cela explique», a-t-il déclaré.
À l'Union Hognoul-Moulin, on se dit «choqué». Le club visiteur a proposé d'organiser un match de gala au profit des arbitres de la province.
Plus d'articles sur : Liège - Foot amateur
Abonnez-vous à La DH pour 1 € le premier mois""",
    [
        ("Je n'y retournerai plus", "Kevin Lambotte", None, None),
        (
            "Je n'ai rien vu venir. Je sortais le carton rouge et je me suis retrouvé par terre",
            "Kevin Lambotte",
            ("raconte-t-il", "il"),
            "raconte",
        ),
        (
            "Ce qui me fait le plus mal, c'est que personne ne m'a aidé à me relever. Les joueurs des deux équipes regardaient.",
            "Kevin Lambotte",
            None,
            None,
        ),
        (
            "Je n'y retournerai plus. Pas pour 38 euros le match, et pas pour me faire casser la figure",
            "Kevin Lambotte",
            "Lambotte",
            "lâche",
        ),
        ("un geste inqualifiable", "RCS Berloz-Sud", "Le club", "dénonce"),
        ("ne portera plus jamais le maillot du club", "RCS Berloz-Sud", "Le club", "annonce"),
        (
            "et à toute la famille du football provincial",
            "RCS Berloz-Sud",
            ("Il présente", "Il"),
            "présente",
        ),
        (
            "L'auteur présumé a été entendu et laissé en liberté. Il sera cité à comparaître devant le tribunal correctionnel",
            "Sophie Dethier",
            "Sophie Dethier",
            "précise",
        ),
        ("saison noire", "Marc Jadoul", "Marc Jadoul", "parle"),
        (
            "On perd des arbitres chaque semaine. Bientôt, il n'y aura plus personne pour siffler les matchs de P3 et de P4",
            "Marc Jadoul",
            ("prévient-il", "il"),
            "prévient",
        ),
        ("exemplaires", "Marc Jadoul", ("Il plaide", "Il"), "plaide"),
        (
            "Mon client a été insulté pendant tout le match, par le public comme par les adversaires. Cela n'excuse rien, mais cela explique",
            "Olivier Renard",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("choqué", "Union Hognoul-Moulin", "l'Union Hognoul-Moulin", "se dit"),
    ],
)

article(
    "blind35-fr07",
    "fr",
    """Casablanca : les chauffeurs de petits taxis manifestent contre l’application «Tawsila»

Par Youssef El Amrani le 12/05/2026 à 18h04

Klaxons, banderoles et embouteillages monstres. Mardi matin, quelque 600 chauffeurs de petits taxis rouges ont bloqué le boulevard Zerktouni, à Casablanca, pour protester contre le développement de l’application «Tawsila», qui met en relation des particuliers avec des chauffeurs privés.
«Ces gens-là n’ont ni agrément ni assurance professionnelle. Nous, nous payons tout, et ils nous prennent nos clients», s’indigne Abdelkrim Bennani, chauffeur depuis 22 ans, en montrant la licence accrochée à son pare-soleil.
Le secrétaire général du Syndicat national des professionnels du taxi (SNPT), Mustapha Alaoui, exige l’interdiction pure et simple de l’application. «Nous avons saisi les autorités à trois reprises, explique-t-il. À chaque fois, on nous promet une réunion, et rien ne vient.» Le syndicaliste menace d’une grève générale «dans toutes les grandes villes du Royaume» si rien n’est fait avant la fin du mois.
Lire aussi : Rabat : les tarifs des grands taxis revus à la hausse
Dans un communiqué publié dans la soirée, la Direction régionale des transports de Casablanca-Settat rappelle que «toute activité de transport de personnes à titre onéreux sans autorisation est passible de sanctions». Elle annonce «un renforcement des contrôles dès la semaine prochaine».
En coulisses, le discours est plus nuancé. «La loi date d’une époque où les smartphones n’existaient pas, nous a confié une source au sein de la direction. Il faudra bien la réécrire un jour.»
Du côté de Tawsila, on refuse d’endosser le rôle du pirate. «Nos chauffeurs sont des auto-entrepreneurs déclarés. Nous sommes une start-up marocaine qui crée des emplois, pas une entreprise clandestine», affirme Reda Ouazzani, fondateur de l’application, joint par Le360. Selon lui, la plateforme compte «près de 4 000 chauffeurs actifs» entre Casablanca et Rabat.
Les usagers, eux, semblent avoir fait leur choix. Devant un café du Maârif, Salma, étudiante de 21 ans, ne cache pas sa préférence. «Avec l’application, je connais le prix avant de monter. Avec le taxi, c’est la loterie», sourit-elle. Son amie approuve : selon elle, les chauffeurs de taxi «refusent les courses trop courtes» aux heures de pointe.
Un économiste spécialiste des transports urbains, Hicham Berrada, appelle à sortir de l’affrontement. «Il y a de la place pour tout le monde, à condition que les règles soient les mêmes pour tous», estime-t-il.
Une réunion entre les représentants des taxis et les autorités de la région est annoncée pour jeudi.
Partager sur WhatsApp
Partager sur Facebook""",
    [
        (
            "Ces gens-là n’ont ni agrément ni assurance professionnelle. Nous, nous payons tout, et ils nous prennent nos clients",
            "Abdelkrim Bennani",
            "Abdelkrim Bennani",
            "s’indigne",
        ),
        (
            "Nous avons saisi les autorités à trois reprises",
            "Mustapha Alaoui",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "À chaque fois, on nous promet une réunion, et rien ne vient.",
            "Mustapha Alaoui",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "dans toutes les grandes villes du Royaume",
            "Mustapha Alaoui",
            "Le syndicaliste",
            "menace",
        ),
        (
            "toute activité de transport de personnes à titre onéreux sans autorisation est passible de sanctions",
            "Direction régionale des transports de Casablanca-Settat",
            "la Direction régionale des transports de Casablanca-Settat",
            "rappelle",
        ),
        (
            "un renforcement des contrôles dès la semaine prochaine",
            "Direction régionale des transports de Casablanca-Settat",
            ("Elle annonce", "Elle"),
            "annonce",
        ),
        (
            "La loi date d’une époque où les smartphones n’existaient pas",
            "source",
            "une source au sein de la direction",
            "a confié",
        ),
        (
            "Il faudra bien la réécrire un jour.",
            "source",
            "une source au sein de la direction",
            "a confié",
        ),
        (
            "Nos chauffeurs sont des auto-entrepreneurs déclarés. Nous sommes une start-up marocaine qui crée des emplois, pas une entreprise clandestine",
            "Reda Ouazzani",
            "Reda Ouazzani",
            "affirme",
        ),
        ("près de 4 000 chauffeurs actifs", "Reda Ouazzani", ("Selon lui", "lui"), "Selon"),
        (
            "Avec l’application, je connais le prix avant de monter. Avec le taxi, c’est la loterie",
            "Salma",
            ("sourit-elle", "elle"),
            "sourit",
        ),
        ("refusent les courses trop courtes", "amie", ("selon elle", "elle"), "selon"),
        (
            "Il y a de la place pour tout le monde, à condition que les règles soient les mêmes pour tous",
            "Hicham Berrada",
            ("estime-t-il", "il"),
            "estime",
        ),
    ],
    ["Tawsila", "Tawsila"],
)

article(
    "blind35-fr08",
    "fr",
    f"""Le retable de Sainte-Colombe-sur-Aube retrouve son église après quatre ans de restauration

Démonté en 2021, l’ensemble peint du XVIe siècle a été restauré à Dijon. Il a retrouvé sa place samedi, sous les applaudissements des habitants.

Par Hélène Dumarché • le 18 septembre 2026

Il aura fallu deux camions, une grue et six restaurateurs pour remettre en place les quatorze panneaux peints du retable de Sainte-Colombe-sur-Aube, un village de 180 habitants du Châtillonnais. L’œuvre, connue sous le nom de « Retable de la Passion », avait été déposée en 2021 après la découverte d’une infestation de capricornes.
« On a retrouvé des panneaux rongés à 40 %. Sans intervention, il n’en serait plus rien resté dans dix ans », explique Claire Dumoulin, la restauratrice qui a dirigé le chantier dans les ateliers du Centre régional de conservation des biens culturels, à Dijon.
L’équipe a eu une surprise sous les repeints. «{NNB}Sous une couche de peinture du XIXe siècle, nous avons découvert une inscription en français ancien : “Priez pour Jehan Bardel, qui fist faire cest ouvrage”. C’était le donateur, un marchand de laine de Troyes{NNB}», raconte la restauratrice.
© Photo : CRCBC Dijon / Thomas Vial
Le conservateur des antiquités et objets d’art de la Côte-d’Or, Philippe Sarrazin, parle d’«{NB}un des ensembles les plus complets de la Renaissance champenoise{NB}». «{NB}Le retable avait été classé en 1908, mais personne ne l’avait étudié sérieusement. Sa restauration change notre regard sur les ateliers troyens{NB}», estime le conservateur.
Le chantier a coûté 620 000 euros, financés pour moitié par l’État. La Fondation pour les églises rurales a lancé une souscription intitulée «{NB}Sauvons le retable de Sainte-Colombe{NB}», qui a réuni 84 000 euros auprès de 1 100 donateurs. «{NB}Jamais une collecte pour un village aussi petit n’avait autant mobilisé{NB}», se félicite la fondation dans un communiqué.
À lire aussi : Vitraux de Champagne, un patrimoine fragile à réinventer
La direction régionale des affaires culturelles (Drac) de Bourgogne-Franche-Comté impose désormais une surveillance annuelle. Dans son rapport de fin de chantier, elle juge l’état de conservation de l’œuvre «{NB}fragile mais stabilisé{NB}» et recommande de maintenir l’église «{NB}hors gel{NB}» en hiver.
Le maire, Jean-Claude Morlet, n’a pas caché son émotion samedi. «{NB}Mes grands-parents se sont mariés devant ce retable. Je l’ai vu partir en morceaux dans un camion, et je me demandais si je le reverrais un jour{NB}», a-t-il confié.
Au premier rang, une paroissienne de 87 ans a allumé un cierge. «{NB}Je pensais mourir avant qu’il revienne{NB}», glisse Odette, qui n’a manqué qu’une messe dominicale en soixante ans.
Partager : Facebook Pinterest X
Recevez notre newsletter Patrimoine""",
    [
        (
            "On a retrouvé des panneaux rongés à 40 %. Sans intervention, il n’en serait plus rien resté dans dix ans",
            "Claire Dumoulin",
            "Claire Dumoulin",
            "explique",
        ),
        (
            "Sous une couche de peinture du XIXe siècle, nous avons découvert une inscription en français ancien : “Priez pour Jehan Bardel, qui fist faire cest ouvrage”. C’était le donateur, un marchand de laine de Troyes",
            "Claire Dumoulin",
            "la restauratrice",
            "raconte",
        ),
        (
            "un des ensembles les plus complets de la Renaissance champenoise",
            "Philippe Sarrazin",
            "Philippe Sarrazin",
            "parle",
        ),
        (
            "Le retable avait été classé en 1908, mais personne ne l’avait étudié sérieusement. Sa restauration change notre regard sur les ateliers troyens",
            "Philippe Sarrazin",
            "le conservateur",
            "estime",
        ),
        (
            "Jamais une collecte pour un village aussi petit n’avait autant mobilisé",
            "Fondation pour les églises rurales",
            "la fondation",
            "se félicite",
        ),
        (
            "fragile mais stabilisé",
            "direction régionale des affaires culturelles de Bourgogne-Franche-Comté",
            ("elle juge", "elle"),
            "juge",
        ),
        (
            "hors gel",
            "direction régionale des affaires culturelles de Bourgogne-Franche-Comté",
            ("elle juge", "elle"),
            "recommande",
        ),
        (
            "Mes grands-parents se sont mariés devant ce retable. Je l’ai vu partir en morceaux dans un camion, et je me demandais si je le reverrais un jour",
            "Jean-Claude Morlet",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        ("Je pensais mourir avant qu’il revienne", "Odette", "Odette", "glisse"),
    ],
    ["Retable de la Passion", "Sauvons le retable de Sainte-Colombe"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind35_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
