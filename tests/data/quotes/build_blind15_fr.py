# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind15_fr.jsonl: a fifteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Breton lighthouse sold at auction
(Ouest-France), passengers stranded overnight in a broken cable car (Le Dauphiné), an AFP wire on
a shortage of children's antibiotics, a trail runner's doping suspension (franceinfo sport), a
Mediapart piece on a prefecture's emails about wolf culls (emails and a multi-paragraph
testimony), the explosion of a start-up's rocket on its first flight (Le Monde, “ ” marks), a
local radio station losing its frequency (La Voix du Nord) and a customs seizure of counterfeit
handbags at Le Havre (Les Échos). Padding varies: NBSP, NNBSP, plain spaces, none. Gold
conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind15_fr.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

NB = "\u00a0"
NNB = "\u202f"

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind15-fr01",
    "fr",
    f"""Île-Tudec : le phare de Men Garo vendu 1,2 million d’euros, l’île «{NB}sous le choc{NB}»

Par Gwenaëlle Riou
Publié le 19/11/2026 à 17h48 · Mis à jour le 20/11/2026 à 08h15

Il aura fallu moins de dix minutes. Mercredi après-midi, dans une salle des ventes de Brest, le phare de Men Garo, qui veille depuis 1874 sur la passe nord de l’Île-Tudec, a été adjugé 1,2 million d’euros à la société Armor Patrimoine, basée à Rennes. La mise à prix était fixée à 400 000 euros.

Sur l’île, qui compte 240 habitants à l’année, la nouvelle a fait l’effet d’une tempête. «{NB}Nous sommes sous le choc. On nous avait promis que le phare resterait ouvert au public, et on apprend le résultat par la radio{NB}», a confié jeudi matin le maire, Yannick Le Guellec, joint par téléphone.

L’édile dit avoir écrit à deux reprises aux services de l’État pour proposer un rachat par la commune. «{NB}Nous n’avions pas 1,2 million, évidemment. Mais nous avions un projet{NB}», insiste-t-il.

Photo : le phare de Men Garo, au coucher du soleil. © Loïc Bernard / Ouest-France

«{NB}Une ligne rouge{NB}»

Dans un communiqué publié mercredi soir, la Direction interrégionale de la mer Nord Atlantique-Manche Ouest rappelle que le phare est automatisé depuis 1996 et que son feu «{NB}continuera de fonctionner sous la responsabilité exclusive des services de l’État{NB}». La vente ne concerne que la tour et l’ancien logement des gardiens, précise le texte.

La directrice générale d’Armor Patrimoine, Claire Ollivier, assure que la société n’a «{NB}aucune intention de privatiser le paysage{NB}». «{NB}Nous voulons restaurer le logement, qui tombe en ruine, et y accueillir des résidences d’artistes. Le public pourra monter au sommet plusieurs fois par mois{NB}», a-t-elle expliqué au Télégramme.

Une promesse qui ne convainc pas Hervé Tanguy, président de l’association Les Amis de Men Garo. «{NB}Plusieurs fois par mois, ça veut dire quoi{NNB}? Deux dimanches en août{NNB}?{NB}» s’agace le retraité, qui a réuni 3 800 signatures contre la vente. Pour lui, la cession d’un phare à un acteur privé est «{NB}une ligne rouge{NB}».

Partager : Facebook · X · WhatsApp · Copier le lien

Le dernier gardien se souvient

Joseph Kerdoncuff, 88 ans, a gardé le feu de Men Garo pendant vingt-deux ans, jusqu’à son automatisation. Dans son livre de souvenirs, «{NB}Gardien de lumière{NB}», paru en 2019, il raconte les hivers passés à remonter la chaîne de l’horloge toutes les quatre heures.

«{NB}Je ne suis pas contre le fait qu’on l’entretienne, a déclaré l’octogénaire, assis dans sa cuisine du bourg. Mais un phare, ça appartient à ceux qui naviguent.{NB}» Il a ajouté, les yeux humides{NB}: «{NB}Là-haut, j’étais seul, mais je n’étais jamais seul.{NB}»

Lire aussi : Bretagne : ces phares dont l’État ne veut plus assurer l’entretien

Selon une source proche du dossier, la préfecture maritime aurait souhaité que la commune soit prioritaire, mais la procédure de cession ne le permettait pas. «{NB}Le cadre juridique est ce qu’il est. On ne pouvait pas réserver la vente à une collectivité sans budget{NB}», glisse cette source.

Le conseil municipal doit se réunir samedi en séance extraordinaire. Yannick Le Guellec n’exclut pas un recours devant le tribunal administratif de Rennes. «{NB}On ira jusqu’au bout{NB}», promet-il.

Inscrivez-vous à notre newsletter Bretagne Matin""",
    [
        ("sous le choc", "Yannick Le Guellec", None, None),
        (
            "Nous sommes sous le choc. On nous avait promis que le phare resterait ouvert au public, et on apprend le résultat par la radio",
            "Yannick Le Guellec",
            "Yannick Le Guellec",
            "a confié",
        ),
        (
            "Nous n’avions pas 1,2 million, évidemment. Mais nous avions un projet",
            "Yannick Le Guellec",
            ("insiste-t-il", "il"),
            "insiste-t-il",
        ),
        ("Une ligne rouge", "Hervé Tanguy", None, None),
        (
            "continuera de fonctionner sous la responsabilité exclusive des services de l’État",
            "Direction interrégionale de la mer Nord Atlantique-Manche Ouest",
            "Direction interrégionale de la mer Nord Atlantique-Manche Ouest",
            "rappelle",
        ),
        (
            "aucune intention de privatiser le paysage",
            "Claire Ollivier",
            "Claire Ollivier",
            "assure",
        ),
        (
            "Nous voulons restaurer le logement, qui tombe en ruine, et y accueillir des résidences d’artistes. Le public pourra monter au sommet plusieurs fois par mois",
            "Claire Ollivier",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            f"Plusieurs fois par mois, ça veut dire quoi{NNB}? Deux dimanches en août{NNB}?",
            "Hervé Tanguy",
            "le retraité",
            "s’agace",
        ),
        ("une ligne rouge", "Hervé Tanguy", ("Pour lui", "lui"), "Pour"),
        (
            "Je ne suis pas contre le fait qu’on l’entretienne",
            "Joseph Kerdoncuff",
            "l’octogénaire",
            "a déclaré",
        ),
        (
            "Mais un phare, ça appartient à ceux qui naviguent.",
            "Joseph Kerdoncuff",
            "l’octogénaire",
            "a déclaré",
        ),
        (
            "Là-haut, j’étais seul, mais je n’étais jamais seul.",
            "Joseph Kerdoncuff",
            ("Il a ajouté", "Il"),
            "a ajouté",
        ),
        (
            "Le cadre juridique est ce qu’il est. On ne pouvait pas réserver la vente à une collectivité sans budget",
            "source",
            "cette source",
            "glisse",
        ),
        ("On ira jusqu’au bout", "Yannick Le Guellec", ("promet-il", "il"), "promet-il"),
    ],
    ["Gardien de lumière"],
)

article(
    "blind15-fr02",
    "fr",
    f"""Oisans : 62 passagers bloqués toute la nuit dans le téléphérique de la Croix-Noire

Le Dauphiné Libéré | Publié le 21/11/2026 à 06h30 | Mis à jour à 11h02
Par Thomas Reynaud

Ils ont passé jusqu’à onze heures suspendus au-dessus du vide. Jeudi, vers 17{NB}h{NB}40, les deux cabines du téléphérique de la Croix-Noire, qui relie Saint-Aurèle au col de Pierre-Aiguë, se sont immobilisées à mi-parcours après une panne du moteur principal. Le moteur de secours n’a pas pris le relais.

«{NNB}On a entendu un grand bruit sec, puis plus rien. La cabine s’est balancée pendant une minute, personne n’osait parler{NNB}», raconte Lotte Vermeulen, une touriste néerlandaise de 34 ans, évacuée vers 3 heures du matin avec ses deux enfants. «{NNB}Les secouristes ont été formidables. Ma fille a même fini par s’endormir.{NNB}»

Les opérations d’évacuation, menées par le peloton de gendarmerie de haute montagne (PGHM) de l’Isère et les pisteurs de la station, ont mobilisé près de quatre-vingts personnes. Les passagers ont été descendus un par un, au treuil, depuis le toit des cabines. «{NNB}C’est une technique que nous répétons chaque automne, mais jamais de nuit et jamais avec autant de monde{NNB}», a souligné le commandant du PGHM, le capitaine Julien Marchetti.

Photo : une cabine immobilisée au-dessus du torrent, jeudi soir. © Le DL / Pierre Gaudin

L’exploitant, la régie des remontées mécaniques de Saint-Aurèle, s’est voulu rassurant vendredi matin. «{NNB}L’appareil a passé sa grande inspection en juin. Nous n’avions aucune raison de douter du moteur de secours{NNB}», a déclaré son directeur, Marc-Antoine Fayolle, lors d’un point presse. Le quinquagénaire a toutefois reconnu un «{NNB}dysfonctionnement grave{NNB}» et annoncé une expertise indépendante.

Ce discours passe mal auprès de certains saisonniers. Un employé de la régie, qui a requis l’anonymat, affirme que des alertes avaient été remontées «{NNB}à plusieurs reprises depuis l’été{NNB}». «{NNB}Le moteur de secours calait aux essais. Tout le monde le savait{NNB}», assure-t-il.

Lire aussi : Remontées mécaniques : la facture d’électricité plombe les petites stations

Le Service technique des remontées mécaniques et des transports guidés (STRMTG) a ouvert une enquête administrative. Dans un communiqué, il indique que l’installation restera fermée «{NNB}jusqu’à nouvel ordre{NNB}» et que «{NNB}l’ensemble des dispositifs de secours{NNB}» sera examiné.

La maire de Saint-Aurèle, Véronique Blanc-Mollard, a passé la nuit au pied de la gare de départ. «{NNB}Je veux d’abord remercier les secouristes, a dit l’élue au petit matin. Les questions viendront ensuite, et il faudra des réponses.{NNB}»

Pour la station, l’enjeu est considérable : le téléphérique dessert le domaine skiable du glacier, dont l’ouverture était prévue le 5 décembre. L’opération «{NNB}Premières traces{NNB}», qui devait offrir des forfaits à moitié prix le week-end d’ouverture, est d’ores et déjà suspendue.

Selon le parquet de Grenoble, une enquête pour «{NNB}mise en danger de la vie d’autrui{NNB}» a également été ouverte et confiée à la brigade de recherches de Bourg-d’Oisans.

Recevez chaque matin l’essentiel de l’actu de l’Isère : je m’inscris""",
    [
        (
            "On a entendu un grand bruit sec, puis plus rien. La cabine s’est balancée pendant une minute, personne n’osait parler",
            "Lotte Vermeulen",
            "Lotte Vermeulen",
            "raconte",
        ),
        (
            "Les secouristes ont été formidables. Ma fille a même fini par s’endormir.",
            "Lotte Vermeulen",
            None,
            None,
        ),
        (
            "C’est une technique que nous répétons chaque automne, mais jamais de nuit et jamais avec autant de monde",
            "Julien Marchetti",
            "Julien Marchetti",
            "a souligné",
        ),
        (
            "L’appareil a passé sa grande inspection en juin. Nous n’avions aucune raison de douter du moteur de secours",
            "Marc-Antoine Fayolle",
            "Marc-Antoine Fayolle",
            "a déclaré",
        ),
        ("dysfonctionnement grave", "Marc-Antoine Fayolle", "Le quinquagénaire", "reconnu"),
        ("à plusieurs reprises depuis l’été", "employé", "Un employé", "affirme"),
        (
            "Le moteur de secours calait aux essais. Tout le monde le savait",
            "employé",
            ("assure-t-il", "il"),
            "assure-t-il",
        ),
        (
            "jusqu’à nouvel ordre",
            "Service technique des remontées mécaniques et des transports guidés",
            ("il indique", "il"),
            "indique",
        ),
        (
            "l’ensemble des dispositifs de secours",
            "Service technique des remontées mécaniques et des transports guidés",
            ("il indique", "il"),
            "indique",
        ),
        (
            "Je veux d’abord remercier les secouristes",
            "Véronique Blanc-Mollard",
            "l’élue",
            "a dit",
        ),
        (
            "Les questions viendront ensuite, et il faudra des réponses.",
            "Véronique Blanc-Mollard",
            "l’élue",
            "a dit",
        ),
        (
            "mise en danger de la vie d’autrui",
            "parquet de Grenoble",
            "parquet de Grenoble",
            "Selon",
        ),
    ],
    ["Premières traces"],
)

article(
    "blind15-fr03",
    "fr",
    """Pénurie d’antibiotiques pour enfants : le gouvernement promet des stocks « sous quinze jours »

PARIS, 22 novembre 2026 (AFP) - La ministre de la Santé, Laurence Dorival, a promis dimanche un retour à la normale « sous quinze jours » dans les pharmacies, où la suspension buvable d’amoxicilline, l’antibiotique le plus prescrit aux enfants, manque depuis le début du mois.

« Nous avons obtenu du laboratoire qu’il réoriente sa production vers le marché français. Les premières livraisons arrivent mardi », a assuré la ministre sur le plateau de France 3. « Je comprends l’angoisse des parents. Elle est légitime. »

Selon l’Agence nationale de sécurité du médicament (ANSM), les tensions touchent une quinzaine de présentations pédiatriques. L’agence a recommandé aux médecins de « privilégier les comprimés dispersibles lorsque c’est possible » et aux pharmaciens de « ne délivrer que la quantité strictement nécessaire au traitement ».

Dans les officines, l’exaspération monte. « On passe nos journées au téléphone avec les confrères pour trouver trois flacons. Ce n’est pas notre métier », a déploré Gilles Achard, président de la Fédération nationale des pharmaciens d’officine (FNPO). Il dit avoir vu « des parents pleurer au comptoir ».

Pédiatre à Lille, la docteure Nadia Benhamou s’inquiète surtout des conséquences à long terme. « Quand on n’a pas le bon antibiotique, on en prescrit un autre, à spectre plus large, et on favorise les résistances », a-t-elle expliqué à l’AFP. Pour la praticienne, « la France paie vingt ans de délocalisation de sa production de médicaments ».

Le laboratoire Veralis Pharma, principal fournisseur du marché, a invoqué dans un communiqué « une demande mondiale exceptionnelle » et des « difficultés d’approvisionnement en principe actif ». Joint par l’AFP, un porte-parole du groupe a indiqué que son usine de Clermont-Ferrand tournait désormais « sept jours sur sept ».

Lire aussi : Médicaments : pourquoi les pénuries se multiplient chaque hiver

Du côté des familles, la patience s’épuise. À Nantes, Aurélie Mercadier a fait six pharmacies samedi pour soigner l’otite de son fils de trois ans. « Le sixième pharmacien m’a donné son dernier flacon. Il m’a dit : “Revenez me voir si ça ne passe pas, on trouvera autre chose.” Je suis repartie en me disant qu’on vivait dans un drôle de pays », témoigne-t-elle.

L’opposition a dénoncé une « gestion à la petite semaine ». « Chaque hiver, c’est la même chanson », a lancé le député (LR) du Doubs Arnaud Thévenet, qui réclame une commission d’enquête parlementaire. « On nous promet un plan, puis on retrouve les mêmes rayons vides. »

Le gouvernement doit présenter début décembre un plan de relocalisation de la production de plusieurs molécules essentielles, dont l’amoxicilline et le paracétamol.

mpf/dab/ber

© Agence France-Presse""",
    [
        ("sous quinze jours", "Laurence Dorival", None, None),
        ("sous quinze jours", "Laurence Dorival", "Laurence Dorival", "a promis"),
        (
            "Nous avons obtenu du laboratoire qu’il réoriente sa production vers le marché français. Les premières livraisons arrivent mardi",
            "Laurence Dorival",
            "la ministre",
            "a assuré",
        ),
        ("Je comprends l’angoisse des parents. Elle est légitime.", "Laurence Dorival", None, None),
        (
            "privilégier les comprimés dispersibles lorsque c’est possible",
            "Agence nationale de sécurité du médicament",
            "L’agence",
            "a recommandé",
        ),
        (
            "ne délivrer que la quantité strictement nécessaire au traitement",
            "Agence nationale de sécurité du médicament",
            "L’agence",
            "a recommandé",
        ),
        (
            "On passe nos journées au téléphone avec les confrères pour trouver trois flacons. Ce n’est pas notre métier",
            "Gilles Achard",
            "Gilles Achard",
            "a déploré",
        ),
        ("des parents pleurer au comptoir", "Gilles Achard", ("Il dit", "Il"), "dit"),
        (
            "Quand on n’a pas le bon antibiotique, on en prescrit un autre, à spectre plus large, et on favorise les résistances",
            "Nadia Benhamou",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            "la France paie vingt ans de délocalisation de sa production de médicaments",
            "Nadia Benhamou",
            "la praticienne",
            "Pour",
        ),
        ("une demande mondiale exceptionnelle", "Veralis Pharma", "Veralis Pharma", "a invoqué"),
        (
            "difficultés d’approvisionnement en principe actif",
            "Veralis Pharma",
            "Veralis Pharma",
            "a invoqué",
        ),
        ("sept jours sur sept", "porte-parole", "un porte-parole", "a indiqué"),
        (
            "Le sixième pharmacien m’a donné son dernier flacon. Il m’a dit : “Revenez me voir si ça ne passe pas, on trouvera autre chose.” Je suis repartie en me disant qu’on vivait dans un drôle de pays",
            "Aurélie Mercadier",
            ("témoigne-t-elle", "elle"),
            "témoigne-t-elle",
        ),
        ("gestion à la petite semaine", "opposition", "L’opposition", "a dénoncé"),
        ("Chaque hiver, c’est la même chanson", "Arnaud Thévenet", "Arnaud Thévenet", "a lancé"),
        (
            "On nous promet un plan, puis on retrouve les mêmes rayons vides.",
            "Arnaud Thévenet",
            None,
            None,
        ),
    ],
)

article(
    "blind15-fr04",
    "fr",
    """Dopage : la traileuse Camille Orsoni suspendue quatre ans, son avocat dénonce «une erreur de laboratoire»

Par Romain Delbecq - franceinfo: sport
Radio France
Publié le 18/11/2026 09:12 · Mis à jour le 18/11/2026 14:40
Temps de lecture : 3 min

La traileuse corse Camille Orsoni, victorieuse en juin de l’«Ultra des Crêtes», a été suspendue quatre ans par l’Agence française de lutte contre le dopage (AFLD), a annoncé mardi l’agence. Un contrôle inopiné réalisé en avril à son domicile de Corte avait révélé la présence d’EPO recombinante dans ses urines.

«La décision repose sur deux analyses concordantes, réalisées selon les standards internationaux», a indiqué l’AFLD dans un communiqué, précisant que l’athlète avait pu «présenter l’ensemble de ses observations» lors d’une audience le 30 octobre.

Son avocat, Me Bastien Ferrand, conteste fermement. «C’est une erreur de laboratoire, ni plus ni moins. L’échantillon B a été ouvert hors de la présence de notre expert, ce qui est contraire aux règles», a-t-il affirmé à franceinfo. Il annonce un recours devant le Conseil d’État et réclame «la transparence totale sur la chaîne de conservation».

Partager l’article sur les réseaux sociaux

«Je n’ai jamais triché»

Camille Orsoni, 29 ans, s’est exprimée mardi soir dans une vidéo publiée sur Instagram. «Je n’ai jamais triché. Jamais. Je cours depuis que j’ai douze ans, et je courrai encore quand tout ça sera fini», y affirme la jeune femme, la voix brisée. Elle dit avoir «tout donné» aux enquêteurs, y compris l’accès à ses relevés bancaires.

Son entraîneur, Pascal Giudicelli, qui la suit depuis ses débuts, a réagi longuement :

«Camille est la personne la plus rigoureuse que je connaisse. Elle note tout, ses heures de sommeil, ses fréquences cardiaques, ce qu’elle mange.

«Qu’on m’explique pourquoi une athlète aussi méticuleuse prendrait un produit détectable pendant des semaines, à deux mois d’une course qu’elle avait déjà gagnée deux fois. Ça n’a aucun sens.»

Lire aussi : Trail : la discipline face au défi des contrôles antidopage

Dans le peloton, la nouvelle a sidéré. Un coureur du circuit, qui préfère rester anonyme, parle d’un «coup de massue» pour le trail français, où les contrôles restent rares hors des grandes courses.

Selon nos informations, son équipementier, la marque Altiplano, a suspendu son contrat. Contacté, le groupe n’a pas souhaité commenter, se bornant à rappeler son «attachement absolu à l’éthique sportive».

La présidente de la Fédération de course en montagne, Hélène Marcaggi, se veut prudente. “Si les faits sont avérés, c’est une trahison pour tous ceux qui courent propre. Mais laissons la procédure aller à son terme”, a-t-elle déclaré mercredi. La dirigeante rappelle que la fédération a doublé son budget de prévention en deux ans.

Camille Orsoni dispose de deux mois pour saisir le Conseil d’État. Elle perd d’ores et déjà son titre et la prime de 5 000 euros qui l’accompagnait.""",
    [
        ("une erreur de laboratoire", "Bastien Ferrand", "son avocat", "dénonce"),
        (
            "La décision repose sur deux analyses concordantes, réalisées selon les standards internationaux",
            "Agence française de lutte contre le dopage",
            "AFLD",
            "a indiqué",
        ),
        (
            "présenter l’ensemble de ses observations",
            "Agence française de lutte contre le dopage",
            "AFLD",
            "précisant",
        ),
        (
            "C’est une erreur de laboratoire, ni plus ni moins. L’échantillon B a été ouvert hors de la présence de notre expert, ce qui est contraire aux règles",
            "Bastien Ferrand",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "la transparence totale sur la chaîne de conservation",
            "Bastien Ferrand",
            ("Il annonce", "Il"),
            "réclame",
        ),
        ("Je n’ai jamais triché", "Camille Orsoni", None, None),
        (
            "Je n’ai jamais triché. Jamais. Je cours depuis que j’ai douze ans, et je courrai encore quand tout ça sera fini",
            "Camille Orsoni",
            "la jeune femme",
            "affirme",
        ),
        ("tout donné", "Camille Orsoni", ("Elle dit", "Elle"), "dit"),
        (
            "Camille est la personne la plus rigoureuse que je connaisse. Elle note tout, ses heures de sommeil, ses fréquences cardiaques, ce qu’elle mange.",
            "Pascal Giudicelli",
            "Pascal Giudicelli",
            "a réagi",
        ),
        (
            "Qu’on m’explique pourquoi une athlète aussi méticuleuse prendrait un produit détectable pendant des semaines, à deux mois d’une course qu’elle avait déjà gagnée deux fois. Ça n’a aucun sens.",
            "Pascal Giudicelli",
            "Pascal Giudicelli",
            "a réagi",
        ),
        ("coup de massue", "coureur", "Un coureur", "parle"),
        ("attachement absolu à l’éthique sportive", "Altiplano", "le groupe", "rappeler"),
        (
            "Si les faits sont avérés, c’est une trahison pour tous ceux qui courent propre. Mais laissons la procédure aller à son terme",
            "Hélène Marcaggi",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
    ],
    ["Ultra des Crêtes"],
)

article(
    "blind15-fr05",
    "fr",
    f"""Loups : les courriels qui montrent comment la sous-préfecture a contourné l’avis des experts

Par Inès Halimi
22 novembre 2026 à 19h02

Mediapart a pu consulter une cinquantaine de courriels échangés entre mai et septembre entre la sous-préfecture de Lavelanet-d’Aude, la chambre d’agriculture et l’Office français de la biodiversité (OFB). Ils éclairent d’un jour nouveau la décision, prise cet été, d’autoriser l’abattage de six loups sur le massif du Pech-Rouge, bien au-delà du plafond recommandé par les agents de terrain.

Le 14 juin, le sous-préfet Olivier Dambrine écrit à ses collaborateurs{NB}: «{NB}Je ne veux pas d’un été comme l’an dernier. On donne les tirs, on verra les chiffres après.{NB}» Quelques jours plus tard, au sortir d’une réunion avec des éleveurs, il insiste{NB}: «{NB}Il faut que les arrêtés soient signés avant le 1er juillet, quoi qu’en dise l’OFB.{NB}»

Du côté de l’Office, l’inquiétude est palpable. Dans une note du 26 juin, un responsable départemental juge la population du massif «{NB}trop fragile pour supporter plus de deux prélèvements{NB}» et met en garde contre «{NB}un risque juridique sérieux{NB}». Cette note n’apparaît dans aucun des visas des arrêtés finalement signés.

Contacté par Mediapart, Olivier Dambrine assume. «{NB}Mon rôle, c’est de protéger des gens qui perdent des dizaines de bêtes chaque été. Les avis techniques éclairent la décision, ils ne la dictent pas{NB}», nous a-t-il répondu par écrit.

Lire aussi notre enquête : « Le loup, l’État et les éleveurs »

Au même moment, la chambre d’agriculture lançait sa campagne «{NB}Bergers en danger{NB}», affiches à l’appui, dans toutes les foires du département. Dans sa bergerie de Fontcalvy, Marion Castagné, 46 ans, a perdu quarante-deux brebis en 2025. Elle ne découvre pas ces échanges sans émotion, et raconte{NB}:

«{NB}Quand on retrouve ses bêtes égorgées au petit matin, on ne lit pas des rapports, on compte les cadavres. J’ai passé des nuits dehors, avec les chiens, à guetter.

«{NB}Alors oui, je suis soulagée que quelqu’un, à la sous-préfecture, nous ait entendus. Mais je ne veux pas qu’on dise que les éleveurs ont dicté la loi. On a demandé de l’aide, c’est tout.{NB}»

Partager sur X | Facebook | Bluesky | Copier le lien

L’association Loup Vivant, elle, a déposé un recours contre les arrêtés dès le mois d’août. «{NB}C’est une décision politique habillée en décision technique{NB}», résume son porte-parole, Grégoire Sabatier, pour qui les courriels «{NB}prouvent l’intention{NB}». Le tribunal administratif de Montpellier doit examiner l’affaire le 9 décembre.

Interrogée, la préfecture de l’Aude-Orientale s’est bornée à indiquer que les arrêtés avaient été pris «{NB}dans le strict respect du cadre national{NB}», sans répondre à nos questions précises sur la note du 26 juin.

Un agent de l’OFB, sous couvert d’anonymat, résume le malaise de ses collègues{NB}: «{NB}On nous demande notre avis, puis on nous demande de nous taire.{NB}»

Cet article vous a intéressé{NNB}? Soutenez une presse indépendante : abonnez-vous""",
    [
        (
            "Je ne veux pas d’un été comme l’an dernier. On donne les tirs, on verra les chiffres après.",
            "Olivier Dambrine",
            "Olivier Dambrine",
            "écrit",
        ),
        (
            "Il faut que les arrêtés soient signés avant le 1er juillet, quoi qu’en dise l’OFB.",
            "Olivier Dambrine",
            ("il insiste", "il"),
            "insiste",
        ),
        (
            "trop fragile pour supporter plus de deux prélèvements",
            "responsable",
            "un responsable",
            "juge",
        ),
        ("un risque juridique sérieux", "responsable", "un responsable", "met en garde"),
        (
            "Mon rôle, c’est de protéger des gens qui perdent des dizaines de bêtes chaque été. Les avis techniques éclairent la décision, ils ne la dictent pas",
            "Olivier Dambrine",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        (
            "Quand on retrouve ses bêtes égorgées au petit matin, on ne lit pas des rapports, on compte les cadavres. J’ai passé des nuits dehors, avec les chiens, à guetter.",
            "Marion Castagné",
            ("Elle ne découvre", "Elle"),
            "raconte",
        ),
        (
            "Alors oui, je suis soulagée que quelqu’un, à la sous-préfecture, nous ait entendus. Mais je ne veux pas qu’on dise que les éleveurs ont dicté la loi. On a demandé de l’aide, c’est tout.",
            "Marion Castagné",
            ("Elle ne découvre", "Elle"),
            "raconte",
        ),
        (
            "C’est une décision politique habillée en décision technique",
            "Grégoire Sabatier",
            "Grégoire Sabatier",
            "résume",
        ),
        ("prouvent l’intention", "Grégoire Sabatier", ("pour qui", "qui"), "pour"),
        (
            "dans le strict respect du cadre national",
            "préfecture de l’Aude-Orientale",
            "préfecture de l’Aude-Orientale",
            "indiquer",
        ),
        (
            "On nous demande notre avis, puis on nous demande de nous taire.",
            "agent",
            "Un agent",
            "résume",
        ),
    ],
    ["Le loup, l’État et les éleveurs", "Bergers en danger"],
)

article(
    "blind15-fr06",
    "fr",
    """Le vol inaugural de la fusée Céleste-1 s’achève par une explosion au-dessus de Kourou

Par Florian Béguin
Publié aujourd’hui à 10h14, modifié à 12h31
Temps de Lecture 4 min.

Article réservé aux abonnés

Quatre-vingt-quatorze secondes. C’est le temps qu’aura duré, vendredi 20 novembre, le vol inaugural de Céleste-1, le petit lanceur de la start-up toulousaine Orbinéa. Partie du Centre spatial guyanais à 21 h 03, heure locale, la fusée de 24 mètres a dévié de sa trajectoire avant d’être détruite par les équipes de sauvegarde, au-dessus de l’océan.

“Ce n’est pas l’issue que nous espérions, mais c’est un vol d’essai, et un vol d’essai sert à apprendre”, a réagi dans la nuit le président et cofondateur d’Orbinéa, Sébastien Darrieux, devant les salariés réunis à Toulouse. “Nous avons récupéré l’intégralité des données de télémétrie. Nous saurons très vite ce qui s’est passé.”

Le Centre national d’études spatiales (CNES), qui opère la base de lancement, a confirmé que la destruction avait été commandée “conformément aux procédures” et qu’aucune victime ni aucun dégât au sol n’étaient à déplorer.

Sa cofondatrice, l’ingénieure norvégienne Ingrid Halvorsen, a publié sur LinkedIn un message plus personnel, rédigé en anglais. « Nous avons appris davantage en quatre-vingt-quatorze secondes qu’en deux ans d’essais au sol », écrit-elle. « Je suis fière de cette équipe. »

Lire aussi | Espace : la France mise sur les mini-lanceurs pour rattraper son retard

Un coup dur, pas un coup d’arrêt

Orbinéa a levé 180 millions d’euros depuis sa création, en 2019, dont une partie auprès de l’État, dans le cadre du plan “France 2030”. Trois satellites de démonstration d’une université allemande, embarqués à prix réduit, ont été perdus dans l’explosion.

La ministre déléguée chargée de l’espace, Agathe Morin-Lacroix, a tenu à renouveler son soutien à l’entreprise. “L’échec fait partie de l’histoire de tous les lanceurs, a-t-elle rappelé dans un message publié sur X. Ariane 5 a explosé lors de son premier vol. Regardez ce qu’elle est devenue.”

Les marchés, eux, seront plus difficiles à convaincre. Selon Paul Vasseur, analyste chez Eurospace Conseil, la start-up devra “prouver qu’elle peut voler avant la fin de 2027”, faute de quoi ses clients pourraient se tourner vers la concurrence allemande. “Le carnet de commandes tient encore, mais il est fragile. Trois contrats sur cinq comportent des clauses de sortie”, précise-t-il.

Un investisseur historique de la société, qui a requis l’anonymat, relativise : “On savait que le premier vol avait une chance sur deux d’échouer. Personne autour de la table n’est surpris.”

Le prochain tir de Céleste-1 n’aura pas lieu avant “au moins neuf mois”, a indiqué Orbinéa dans un communiqué, samedi matin. La commission d’enquête interne, présidée par un ancien directeur des lanceurs, rendra ses conclusions en février.""",
    [
        (
            "Ce n’est pas l’issue que nous espérions, mais c’est un vol d’essai, et un vol d’essai sert à apprendre",
            "Sébastien Darrieux",
            "Sébastien Darrieux",
            "a réagi",
        ),
        (
            "Nous avons récupéré l’intégralité des données de télémétrie. Nous saurons très vite ce qui s’est passé.",
            "Sébastien Darrieux",
            None,
            None,
        ),
        (
            "conformément aux procédures",
            "Centre national d’études spatiales",
            "Centre national d’études spatiales",
            "a confirmé",
        ),
        (
            "Nous avons appris davantage en quatre-vingt-quatorze secondes qu’en deux ans d’essais au sol",
            "Ingrid Halvorsen",
            ("écrit-elle", "elle"),
            "écrit-elle",
        ),
        ("Je suis fière de cette équipe.", "Ingrid Halvorsen", None, None),
        (
            "L’échec fait partie de l’histoire de tous les lanceurs",
            "Agathe Morin-Lacroix",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "Ariane 5 a explosé lors de son premier vol. Regardez ce qu’elle est devenue.",
            "Agathe Morin-Lacroix",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "prouver qu’elle peut voler avant la fin de 2027",
            "Paul Vasseur",
            "Paul Vasseur",
            "Selon",
        ),
        (
            "Le carnet de commandes tient encore, mais il est fragile. Trois contrats sur cinq comportent des clauses de sortie",
            "Paul Vasseur",
            ("précise-t-il", "il"),
            "précise-t-il",
        ),
        (
            "On savait que le premier vol avait une chance sur deux d’échouer. Personne autour de la table n’est surpris.",
            "investisseur",
            "Un investisseur",
            "relativise",
        ),
        ("au moins neuf mois", "Orbinéa", ("a indiqué Orbinéa", "Orbinéa"), "a indiqué"),
    ],
    ["France 2030"],
)

article(
    "blind15-fr07",
    "fr",
    f"""Valcourt-sur-Sambre : privée de fréquence, Radio Val de Sambre va s’éteindre après 41 ans d’antenne

La Voix du Nord
Par Céline Vandamme | Publié le 20/11/2026 à 19:00

La nouvelle est tombée mardi, par un simple courrier recommandé. Le comité territorial de l’audiovisuel de Lille a attribué la fréquence 96.4 de Valcourt-sur-Sambre à un réseau musical régional, Hits Nord FM, au détriment de Radio Val de Sambre, la radio associative qui l’occupait depuis 1985.

«{NNB}On a appris ça comme on apprend un décès. Quarante et un ans d’antenne, et on nous remercie avec une lettre de deux pages{NNB}», lâche Farid Boukhalfa, directeur de la station, dans les studios de la rue des Tanneurs où s’entassent encore 12 000 vinyles.

Le comité justifie sa décision par la «{NNB}diversité de l’offre musicale{NNB}» et par la «{NNB}solidité financière{NNB}» du candidat retenu, selon la délibération consultée par La Voix du Nord.

Radio Val de Sambre emploie quatre salariés et une soixantaine de bénévoles. Parmi eux, Didier Vanhove, 67 ans, anime chaque samedi depuis 1992 «{NNB}Le Grenier à disques{NNB}», une émission consacrée à la chanson française. «{NNB}Des gens m’appellent de leur lit d’hôpital pour demander une chanson de Brel. Hits Nord FM, elle va leur passer du Brel{NNB}?{NNB}» s’interroge le sexagénaire.

Photo : Farid Boukhalfa dans le studio principal, mardi. © VDN / Julien Dehaene

Partager cet article : Facebook Twitter LinkedIn Mail

Du côté de Hits Nord FM, on assume. « Nous avons présenté le meilleur dossier, c’est aussi simple que ça », a dit à La Voix du Nord le directeur des programmes du réseau, Kevin Lemoine. « Nous reprendrons une partie de l’info locale, et nous sommes prêts à discuter avec les équipes actuelles. »

Le député de la circonscription, Jean-Baptiste Carlier (divers gauche), a annoncé qu’il écrirait au comité. Il dénonce une «{NNB}uniformisation des ondes{NNB}» et estime que «{NNB}les radios associatives font un travail de service public que personne d’autre ne fera{NNB}».

La station a jusqu’au 31 décembre pour déposer un recours gracieux. En attendant, une pétition intitulée «{NNB}Touche pas à ma radio{NNB}» a recueilli plus de 9 000 signatures en trois jours.

Lire aussi : Valcourt-sur-Sambre : le dernier cinéma de la ville racheté par la commune

Au marché du jeudi, place de l’Église, les auditeurs ne parlent que de ça. «{NNB}C’est la radio de ma mère, c’est ma radio. On y écoute les avis d’obsèques, les résultats du foot, les petites annonces. Où est-ce qu’on trouvera ça{NNB}?{NNB}» demande Josiane Leclercq, 74 ans, venue avec son poste à piles.

Farid Boukhalfa, lui, refuse de baisser les bras. «{NNB}On a traversé des tempêtes, un incendie, un studio inondé en 2002. On traversera peut-être celle-là aussi{NNB}», veut-il croire. L’équipe prépare pour samedi une émission spéciale de douze heures, «{NNB}La Der des ders{NNB}», en direct du parvis de la mairie.""",
    [
        (
            "On a appris ça comme on apprend un décès. Quarante et un ans d’antenne, et on nous remercie avec une lettre de deux pages",
            "Farid Boukhalfa",
            "Farid Boukhalfa",
            "lâche",
        ),
        (
            "diversité de l’offre musicale",
            "comité territorial de l’audiovisuel de Lille",
            "Le comité",
            "justifie",
        ),
        (
            "solidité financière",
            "comité territorial de l’audiovisuel de Lille",
            "Le comité",
            "justifie",
        ),
        (
            f"Des gens m’appellent de leur lit d’hôpital pour demander une chanson de Brel. Hits Nord FM, elle va leur passer du Brel{NNB}?",
            "Didier Vanhove",
            "le sexagénaire",
            "s’interroge",
        ),
        (
            "Nous avons présenté le meilleur dossier, c’est aussi simple que ça",
            "Kevin Lemoine",
            "Kevin Lemoine",
            "a dit",
        ),
        (
            "Nous reprendrons une partie de l’info locale, et nous sommes prêts à discuter avec les équipes actuelles.",
            "Kevin Lemoine",
            None,
            None,
        ),
        ("uniformisation des ondes", "Jean-Baptiste Carlier", ("Il dénonce", "Il"), "dénonce"),
        (
            "les radios associatives font un travail de service public que personne d’autre ne fera",
            "Jean-Baptiste Carlier",
            ("Il dénonce", "Il"),
            "estime",
        ),
        (
            f"C’est la radio de ma mère, c’est ma radio. On y écoute les avis d’obsèques, les résultats du foot, les petites annonces. Où est-ce qu’on trouvera ça{NNB}?",
            "Josiane Leclercq",
            "Josiane Leclercq",
            "demande",
        ),
        (
            "On a traversé des tempêtes, un incendie, un studio inondé en 2002. On traversera peut-être celle-là aussi",
            "Farid Boukhalfa",
            ("veut-il croire", "il"),
            "veut-il croire",
        ),
    ],
    ["Le Grenier à disques", "Touche pas à ma radio", "La Der des ders"],
)

article(
    "blind15-fr08",
    "fr",
    f"""Contrefaçon : saisie record de 48 000 faux sacs de luxe sur le port du Havre

Les Échos
Par Antoine Lestrade
Publié le 17 nov. 2026 à 18:20 Mis à jour le 18 nov. 2026 à 7:05

C’est la plus importante saisie de maroquinerie contrefaisante jamais réalisée dans un port français. Les douaniers du Havre ont intercepté début novembre quatre conteneurs en provenance d’Asie du Sud-Est contenant près de 48 000 sacs, portefeuilles et ceintures imitant les modèles de plusieurs maisons françaises, dont la Maison Vauclair. Valeur estimée des produits authentiques : 86 millions d’euros.

« Les conteneurs étaient déclarés comme des articles de literie. Nos analyses de risque ont repéré une incohérence entre le poids et la déclaration », a expliqué lundi, lors d’une conférence de presse, le directeur interrégional des douanes de Normandie, Bertrand Quéméner. « C’est un travail de fourmi, mais il paie. »

Selon les derniers chiffres de l’administration, les saisies de contrefaçons ont progressé de 23 % sur les neuf premiers mois de l’année. Le phénomène touche de plus en plus les petits colis du commerce en ligne, qui représentent désormais « plus de la moitié des interceptions », précise la direction générale des douanes et droits indirects (DGDDI).

Un préjudice «{NB}colossal{NB}»

Pour la Maison Vauclair, dont les modèles représentaient à eux seuls un tiers des pièces saisies, le préjudice est «{NB}colossal{NB}». «{NB}Chaque faux sac vendu, c’est de l’emploi en moins dans nos ateliers de la Creuse et du Jura{NB}», insiste sa directrice juridique, Sophie Delaunay-Kerbrat. La maison a porté plainte et se constituera partie civile.

Lire aussi : Luxe : la contrefaçon, un marché mondial qui ne connaît pas la crise

Le transporteur maritime qui a acheminé les conteneurs, le singapourien Straitline Shipping, dit n’avoir « aucun moyen de vérifier le contenu des conteneurs scellés par ses clients ». Dans une déclaration transmise en anglais aux Échos, son porte-parole, Daniel Koh, ajoute : « Nous coopérons pleinement avec les autorités françaises et avons suspendu le compte du chargeur. »

Les enquêteurs remontent désormais la filière. L’un d’eux, qui a requis l’anonymat, décrit un réseau «{NB}très structuré, avec des entrepôts relais en Belgique et en Espagne{NB}». «{NB}Ce ne sont pas des amateurs. Ils connaissent nos méthodes, ils changent de port tous les trois mois{NB}», ajoute-t-il.

Pour Me Olivier Rastoin, avocat spécialisé en propriété intellectuelle, ces saisies spectaculaires masquent une réalité moins glorieuse : « On saisit des conteneurs, mais les sanctions restent faibles. Un importateur condamné paie rarement plus que le prix d’un seul envoi. »

Le ministre délégué aux Comptes publics, Hugo Ferracci, s’est félicité sur X d’un «{NB}coup dur porté aux trafiquants{NB}». Les produits saisis seront détruits, à l’exception de quelques pièces conservées à des fins pédagogiques.

Les douanes lanceront par ailleurs en décembre la campagne de sensibilisation « Le vrai prix du faux », affichée dans les aéroports et les gares. L’an dernier, près d’un voyageur sur dix contrôlé à son retour de vacances transportait au moins un article contrefaisant.

Newsletter Les Échos Industrie & Services : recevez l’essentiel chaque matin""",
    [
        (
            "Les conteneurs étaient déclarés comme des articles de literie. Nos analyses de risque ont repéré une incohérence entre le poids et la déclaration",
            "Bertrand Quéméner",
            "Bertrand Quéméner",
            "a expliqué",
        ),
        ("C’est un travail de fourmi, mais il paie.", "Bertrand Quéméner", None, None),
        (
            "plus de la moitié des interceptions",
            "direction générale des douanes et droits indirects",
            "direction générale des douanes et droits indirects",
            "précise",
        ),
        ("colossal", "Maison Vauclair", None, None),
        ("colossal", "Maison Vauclair", ("Pour la Maison Vauclair", "Maison Vauclair"), "Pour"),
        (
            "Chaque faux sac vendu, c’est de l’emploi en moins dans nos ateliers de la Creuse et du Jura",
            "Sophie Delaunay-Kerbrat",
            "Sophie Delaunay-Kerbrat",
            "insiste",
        ),
        (
            "aucun moyen de vérifier le contenu des conteneurs scellés par ses clients",
            "Straitline Shipping",
            "Straitline Shipping",
            "dit",
        ),
        (
            "Nous coopérons pleinement avec les autorités françaises et avons suspendu le compte du chargeur.",
            "Daniel Koh",
            "Daniel Koh",
            "ajoute",
        ),
        (
            "très structuré, avec des entrepôts relais en Belgique et en Espagne",
            "enquêteur",
            "L’un d’eux",
            "décrit",
        ),
        (
            "Ce ne sont pas des amateurs. Ils connaissent nos méthodes, ils changent de port tous les trois mois",
            "enquêteur",
            ("ajoute-t-il", "il"),
            "ajoute-t-il",
        ),
        (
            "On saisit des conteneurs, mais les sanctions restent faibles. Un importateur condamné paie rarement plus que le prix d’un seul envoi.",
            "Olivier Rastoin",
            "Olivier Rastoin",
            "Pour",
        ),
        ("coup dur porté aux trafiquants", "Hugo Ferracci", "Hugo Ferracci", "s’est félicité"),
    ],
    ["Le vrai prix du faux"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind15_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
