# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind43_fr.jsonl: a forty-third blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: cotton growers owed a season's pay in
Burkina Faso (Le Pays, Burkinabè daily: plain-spaced « » and straight apostrophes, a growers'
union and a cotton company with short names in brackets, a company communiqué, a final
declaration quoted, an unnamed widow and an anonymous delegate, a quote running over two
paragraphs, a nickname in marks), a soap works occupied by its staff near the Étang de Berre (La
Marseillaise, regional daily: NBSP padding, a headline quote without a cue, a banner slogan and a
product name in marks, a group's communiqué, a deputy's post on X, an unnamed worker before a
colon with no verb, an interrupted quote), lifeboat volunteers resigning on the Côte d'Opale
(Nord Littoral, Calais daily: plain-spaced marks, a dek partial quote with a role-noun cue, an
association with a short name answering by e-mail, a mayor's letter quoted, a boat model code, a
fund-raising name and two boat names in marks), mud on the roads during the beet harvest (Canal
Zoom, Belgian local TV site: straight " marks, a bourgmestre's police ordinance, a planters'
federation with a short name, a police spokesman, a road sign and an app name in marks, an
unnamed neighbour with a follow-on quote), surge pricing at a Valais ski resort (watson.ch, Swiss
news site: unpadded «», an Instagram story quoted, a nickname, a borrowed term and a section
name in marks, a resort company with a short name, an open letter, an anonymous instructor),
a broken-down ferry to an island in the Lower St. Lawrence (Info-Dimanche, Québec regional
weekly: NBSP padding, a dek partial quote, a nested “ ”, a ferry company answering by courriel,
a MRC préfet, a députée's Facebook post, an unnamed trucker, a ferry name and a citizens' group
in marks), a tribe's water catchment turned red below a nickel mine (Nouvelle-Calédonie la 1ère,
overseas: “ ” marks beside one plain « », a customary message quoted, a mining company with a
short name, a public water office, a sign in marks, a two-paragraph quote reopened with “) and a
wine region asking to grub up more vines (Vitisphere, wine trade press: NNBSP padding, a speaker
before a colon, a consultancy's study quoted as a document, a study title and a term in marks,
an interrupted quote, a ministry answering without a name, a follow-on quote without a cue).
Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py;
unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind43_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind43-fr01",
    "fr",
    """Campagne cotonnière : les producteurs du Nayala réclament leurs arriérés

Publié le mardi 18 novembre 2025

Les producteurs ont exprimé leur colère samedi dans la cour de la maison des jeunes de Toma (Ph. : B.O.)

Ils sont venus de Toma, de Gossina, de Yaba et de Gassan. Le samedi 15 novembre dernier, plus de quatre cents producteurs de coton se sont réunis dans la cour de la maison des jeunes de Toma, chef-lieu de la province du Nayala, pour crier leur ras-le-bol. En cause, les arriérés de paiement de la campagne écoulée que leur doit toujours la Société des fibres du Sourou (SOFISO), seule société cotonnière de la zone.

« Nous avons livré notre coton en décembre. Nous sommes en novembre, et certains d'entre nous n'ont pas encore vu un seul franc. Comment voulez-vous qu'on reparte au champ dans ces conditions ? », s'est interrogé Adama Zerbo, président de l'Union provinciale des producteurs de coton du Nayala (UPPCN), à l'ouverture de la rencontre.

Selon les chiffres avancés par l'union, la société devrait encore près de 1,8 milliard de F CFA à environ 3 200 producteurs. Une somme que M. Zerbo qualifie de « vitale » pour des familles qui ont, pour la plupart, contracté des crédits d'intrants auprès des caisses populaires. « Les caisses nous relancent, a-t-il poursuivi. Certains ont vendu leurs bœufs de trait pour rembourser. Celui qui vend ses bœufs, l'année prochaine, il cultive avec quoi ? »

Dans l'assistance, une productrice de Yaba, veuve et mère de six enfants, a pris la parole pour témoigner. « Mon fils aîné devait entrer en seconde à Koudougou. Il est resté au village, parce que l'argent du coton n'est pas venu. »

Le coton, surnommé ici « l'or blanc », fait vivre l'essentiel des ménages de la province. Mais depuis trois campagnes, les rendements baissent et les producteurs se plaignent du prix des engrais.

Joint au téléphone par nos soins, le directeur général de la SOFISO, Issouf Kaboré, reconnaît les retards mais rejette toute idée de mauvaise foi. « La société a elle-même subi le retard de paiement de ses clients à l'exportation. Nous ne sommes pas en train de garder l'argent des producteurs pour nous », a-t-il expliqué.

Le premier responsable de la société assure que 60 % des sommes dues ont déjà été versées et que le reliquat le sera « avant la fin de l'année, au plus tard ». Dans un communiqué daté du 12 novembre, la SOFISO invitait déjà les producteurs « à la patience et à la retenue » et annonçait « un calendrier de paiement par zone ».

Une promesse qui ne rassure qu'à moitié. « Avant la fin de l'année, on nous l'a déjà dit l'an passé », ironise un délégué de Gossina, sous le couvert de l'anonymat.

Lire aussi: Filière coton : la hausse du prix des engrais inquiète les producteurs de la Boucle du Mouhoun

Au terme de la rencontre, les producteurs ont adopté une déclaration finale dans laquelle ils menacent de « boycotter les semis » de la prochaine campagne si les arriérés ne sont pas soldés au 31 décembre. Ils demandent également l'implication du gouverneur de la région.

Pour M. Zerbo, il n'est plus question d'attendre.

« Nous avons été patients pendant onze mois. Nous avons écrit, nous avons rencontré la direction, nous avons rencontré le haut-commissaire.

« Aujourd'hui, nous disons simplement que le producteur n'est pas la banque de la société. »

Boureima OUEDRAOGO (Correspondant)

Facebook Twitter WhatsApp Email""",
    [
        (
            "Nous avons livré notre coton en décembre. Nous sommes en novembre, et certains d'entre nous n'ont pas encore vu un seul franc. Comment voulez-vous qu'on reparte au champ dans ces conditions ?",
            "Adama Zerbo",
            "Adama Zerbo",
            "s'est interrogé",
        ),
        ("vitale", "Adama Zerbo", "M. Zerbo", "qualifie"),
        (
            "Les caisses nous relancent",
            "Adama Zerbo",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Certains ont vendu leurs bœufs de trait pour rembourser. Celui qui vend ses bœufs, l'année prochaine, il cultive avec quoi ?",
            "Adama Zerbo",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Mon fils aîné devait entrer en seconde à Koudougou. Il est resté au village, parce que l'argent du coton n'est pas venu.",
            "productrice",
            "une productrice de Yaba",
            "témoigner",
        ),
        (
            "La société a elle-même subi le retard de paiement de ses clients à l'exportation. Nous ne sommes pas en train de garder l'argent des producteurs pour nous",
            "Issouf Kaboré",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "avant la fin de l'année, au plus tard",
            "Issouf Kaboré",
            "Le premier responsable de la société",
            "assure",
        ),
        (
            "à la patience et à la retenue",
            "Société des fibres du Sourou",
            "la SOFISO",
            "invitait",
        ),
        (
            "un calendrier de paiement par zone",
            "Société des fibres du Sourou",
            "la SOFISO",
            "annonçait",
        ),
        (
            "Avant la fin de l'année, on nous l'a déjà dit l'an passé",
            "délégué",
            "un délégué de Gossina",
            "ironise",
        ),
        ("boycotter les semis", "producteurs", "les producteurs", "menacent"),
        (
            "Nous avons été patients pendant onze mois. Nous avons écrit, nous avons rencontré la direction, nous avons rencontré le haut-commissaire.",
            "Adama Zerbo",
            "M. Zerbo",
            None,
        ),
        (
            "Aujourd'hui, nous disons simplement que le producteur n'est pas la banque de la société.",
            "Adama Zerbo",
            "M. Zerbo",
            None,
        ),
    ],
    ["l'or blanc"],
)

article(
    "blind43-fr02",
    "fr",
    f"""Savonnerie Bérenger{NB}: «{NB}On ne rendra pas les clés{NB}»

Depuis lundi, les 47 salariés du site des Aires-de-Berre occupent leur usine, dont le groupe propriétaire a annoncé la fermeture.

Par Léa Santucci | Publié le 04/02/2026 à 19:30

Les salariés ont installé des braseros devant l’entrée du site. Photo Cyril Manent

Devant le portail de la Savonnerie Bérenger, aux Aires-de-Berre, les palettes brûlent dans des bidons depuis lundi matin. Sur le grillage, une banderole proclame «{NB}Bérenger vivra{NB}». Les 47 salariés occupent l’usine jour et nuit depuis l’annonce, vendredi, de sa fermeture par le groupe néerlandais Hoogland Care Group, propriétaire de la marque depuis 2019.

«{NB}On ne rendra pas les clés. Cette savonnerie a 112 ans, elle a survécu à deux guerres, elle ne va pas mourir à cause d’un tableau Excel à Rotterdam{NB}», lance Sandrine Ortolan, déléguée du Syndicat autonome des travailleurs de la chimie (SATC) et opératrice au conditionnement depuis vingt-deux ans.

Officiellement, le groupe invoque des «{NB}surcapacités structurelles{NB}» en Europe. Dans un communiqué transmis vendredi au comité social et économique, la direction de Hoogland Care Group indique vouloir transférer la production de savon liquide vers son usine de Pologne et «{NB}accompagner chaque salarié de manière individualisée{NB}».

«{NB}Accompagner, ça veut dire licencier avec le sourire{NB}», traduit Mme Ortolan.

Le savon «{NB}Lavande des Aires{NB}», produit phare du site vendu dans toute la France, serait désormais fabriqué sous licence. Une aberration pour les salariés. «{NB}Ils gardent le nom, ils gardent la Provence sur l’étiquette, mais ils jettent ceux qui le fabriquent{NB}», s’emporte Mohamed Benaïssa, chef d’équipe en fabrication.

Une ouvrière, à deux ans de la retraite{NB}: «{NB}Ici, on est trois générations. Ma mère a fait ses trente-cinq ans sur la chaîne. Moi, je pensais finir pareil.{NB}»

Lire aussi{NB}: Étang de Berre{NB}: après la raffinerie, l’inquiétude gagne la chimie

La mobilisation dépasse désormais les murs de l’usine. Mardi, le maire des Aires-de-Berre, Gilbert Azzopardi, est venu apporter son soutien aux grévistes. «{NB}Je l’ai dit au préfet ce matin{NB}: l’État doit convoquer ce groupe, et vite. On ne peut pas laisser partir un savoir-faire pareil{NB}», a déclaré l’élu, qui a fait voter mercredi une motion en conseil municipal.

La députée de la circonscription, Nadia Ferracci, a interpellé le ministre de l’Industrie sur X{NB}: «{NB}47 familles, 112 ans d’histoire. Le gouvernement va-t-il encore regarder ailleurs{NB}?{NB}» Sollicité, le cabinet du ministre n’avait pas répondu jeudi soir.

Dans l’atelier, les machines sont à l’arrêt. Les salariés se relaient par équipes de huit, la nuit, pour empêcher tout déménagement des moules et des stocks. «{NB}Tant qu’on est là, rien ne sort. Ni une palette, ni un bidon{NB}», prévient Sandrine Ortolan.

La syndicaliste ne se fait pourtant pas d’illusions. «{NB}On sait comment ça finit, souvent, reconnaît-elle. Mais cette fois, on veut un repreneur, pas une prime.{NB}»

Une première réunion de négociation est prévue lundi à la préfecture, à Marseille. Le SATC appelle à un rassemblement devant le bâtiment à 9 heures.

Partager{NB}: Facebook / X / Email""",
    [
        ("On ne rendra pas les clés", "Sandrine Ortolan", None, None),
        (
            "On ne rendra pas les clés. Cette savonnerie a 112 ans, elle a survécu à deux guerres, elle ne va pas mourir à cause d’un tableau Excel à Rotterdam",
            "Sandrine Ortolan",
            "Sandrine Ortolan",
            "lance",
        ),
        ("surcapacités structurelles", "Hoogland Care Group", "le groupe", "invoque"),
        (
            "accompagner chaque salarié de manière individualisée",
            "Hoogland Care Group",
            "la direction de Hoogland Care Group",
            "indique",
        ),
        (
            "Accompagner, ça veut dire licencier avec le sourire",
            "Sandrine Ortolan",
            "Mme Ortolan",
            "traduit",
        ),
        (
            "Ils gardent le nom, ils gardent la Provence sur l’étiquette, mais ils jettent ceux qui le fabriquent",
            "Mohamed Benaïssa",
            "Mohamed Benaïssa",
            "s’emporte",
        ),
        (
            "Ici, on est trois générations. Ma mère a fait ses trente-cinq ans sur la chaîne. Moi, je pensais finir pareil.",
            "ouvrière",
            "Une ouvrière",
            None,
        ),
        (
            f"Je l’ai dit au préfet ce matin{NB}: l’État doit convoquer ce groupe, et vite. On ne peut pas laisser partir un savoir-faire pareil",
            "Gilbert Azzopardi",
            "l’élu",
            "a déclaré",
        ),
        (
            f"47 familles, 112 ans d’histoire. Le gouvernement va-t-il encore regarder ailleurs{NB}?",
            "Nadia Ferracci",
            "Nadia Ferracci",
            "a interpellé",
        ),
        (
            "Tant qu’on est là, rien ne sort. Ni une palette, ni un bidon",
            "Sandrine Ortolan",
            "Sandrine Ortolan",
            "prévient",
        ),
        (
            "On sait comment ça finit, souvent",
            "Sandrine Ortolan",
            ("reconnaît-elle", "elle"),
            "reconnaît",
        ),
        (
            "Mais cette fois, on veut un repreneur, pas une prime.",
            "Sandrine Ortolan",
            ("reconnaît-elle", "elle"),
            "reconnaît",
        ),
    ],
    ["Bérenger vivra", "Lavande des Aires"],
)

article(
    "blind43-fr03",
    "fr",
    """Hardinghem-Plage : les sauveteurs en mer rendent leurs bipeurs

« On ne peut plus sortir en sécurité », selon le patron de la station, qui attend un canot neuf depuis deux ans.

Publié le 09/10/2025 à 17h42
Par Thomas Delattre

Le canot tous temps « Notre-Dame des Flots » ne sortira plus. Du moins, pas avec cet équipage. Mardi soir, dix-neuf des vingt-trois bénévoles de la station de sauvetage d'Hardinghem-Plage ont remis leurs bipeurs à leur président, Didier Vasseur. Une démission collective sans précédent sur la Côte d'Opale.

En cause : l'état du canot, âgé de trente-quatre ans, et le report, pour la troisième fois, de la livraison d'un bateau neuf promis par l'Association nationale des sauveteurs bénévoles (ANSB).

Didier Vasseur, patron de la station depuis 2011, explique : « On a eu deux pannes moteur en mer cet été, dont une avec un kitesurfeur à bord. On ne peut plus sortir en sécurité. Je ne veux pas avoir à annoncer à une femme que son mari n'est pas rentré à cause d'un moteur. »

Le président, ancien marin-pêcheur, assure que la décision « n'a pas été prise à la légère ». « On a tous pleuré un peu, mardi soir. Mais on a des enfants, nous aussi. »

Le bateau neuf, du modèle « NSH-2 », devait arriver au printemps 2024, puis à l'automne, puis en mars dernier. Contactée, l'ANSB évoque dans un courriel « des difficultés d'approvisionnement chez le constructeur » et promet une livraison « au premier trimestre 2026 ». L'association dit « comprendre la lassitude » des bénévoles et annonce qu'un canot de remplacement sera mis à disposition « dans les meilleurs délais ».

En attendant, c'est la station voisine de Wissembec qui couvrira le secteur. « Ça fait vingt-cinq minutes de plus pour arriver sur zone. En mer, vingt-cinq minutes, c'est énorme », souligne un sauveteur, qui avait rejoint la station il y a huit ans.

Le maire d'Hardinghem, Bernard Fourny, s'est dit « très inquiet » à l'approche de l'hiver. Dans une lettre adressée lundi au préfet maritime, dont nous avons obtenu copie, l'élu écrit : « Notre commune ne peut accepter que la sécurité de ses pêcheurs et de ses baigneurs dépende d'un calendrier industriel. » Il demande une réunion en urgence. Le maire a par ailleurs lancé une cagnotte baptisée « Un canot pour Hardinghem », qui avait réuni 8 400 euros jeudi.

Lire aussi : Côte d'Opale : un été record pour les interventions en mer

Sur le port, l'annonce a fait l'effet d'une douche froide. « Les gars de la station, c'est nous qui les appelons quand ça tourne mal. Sans eux, je ne suis pas sûr de sortir cet hiver », confie Jean-Pierre Lebas, patron du fileyeur « Petit Mousse ».

Les démissionnaires ne ferment pas totalement la porte. « Le jour où le bateau neuf est au ponton, on revient tous. Tous. Ça, je peux vous le garantir », promet M. Vasseur.

Commentaires (14)
Partager""",
    [
        (
            "On ne peut plus sortir en sécurité",
            "Didier Vasseur",
            "le patron de la station",
            "selon",
        ),
        (
            "On a eu deux pannes moteur en mer cet été, dont une avec un kitesurfeur à bord. On ne peut plus sortir en sécurité. Je ne veux pas avoir à annoncer à une femme que son mari n'est pas rentré à cause d'un moteur.",
            "Didier Vasseur",
            "Didier Vasseur",
            "explique",
        ),
        ("n'a pas été prise à la légère", "Didier Vasseur", "Le président", "assure"),
        (
            "On a tous pleuré un peu, mardi soir. Mais on a des enfants, nous aussi.",
            "Didier Vasseur",
            "Le président",
            None,
        ),
        (
            "des difficultés d'approvisionnement chez le constructeur",
            "Association nationale des sauveteurs bénévoles",
            "l'ANSB",
            "évoque",
        ),
        (
            "au premier trimestre 2026",
            "Association nationale des sauveteurs bénévoles",
            "l'ANSB",
            "promet",
        ),
        (
            "comprendre la lassitude",
            "Association nationale des sauveteurs bénévoles",
            "L'association",
            "dit",
        ),
        (
            "dans les meilleurs délais",
            "Association nationale des sauveteurs bénévoles",
            "L'association",
            "annonce",
        ),
        (
            "Ça fait vingt-cinq minutes de plus pour arriver sur zone. En mer, vingt-cinq minutes, c'est énorme",
            "sauveteur",
            "un sauveteur",
            "souligne",
        ),
        ("très inquiet", "Bernard Fourny", "Bernard Fourny", "s'est dit"),
        (
            "Notre commune ne peut accepter que la sécurité de ses pêcheurs et de ses baigneurs dépende d'un calendrier industriel.",
            "Bernard Fourny",
            "l'élu",
            "écrit",
        ),
        (
            "Les gars de la station, c'est nous qui les appelons quand ça tourne mal. Sans eux, je ne suis pas sûr de sortir cet hiver",
            "Jean-Pierre Lebas",
            "Jean-Pierre Lebas",
            "confie",
        ),
        (
            "Le jour où le bateau neuf est au ponton, on revient tous. Tous. Ça, je peux vous le garantir",
            "Didier Vasseur",
            "M. Vasseur",
            "promet",
        ),
    ],
    ["Notre-Dame des Flots", "NSH-2", "Un canot pour Hardinghem", "Petit Mousse"],
)

article(
    "blind43-fr04",
    "fr",
    """Villers-lez-Mehaigne : la boue des betteraves fâche les riverains

Reportage de Julie Wéry et Arnaud Lallemand | Publié le 21 octobre 2025 à 18h05

Vidéo

Chaque automne, c'est le même scénario. Pendant la campagne betteravière, les tracteurs et les camions qui sortent des champs laissent derrière eux d'épaisses couches de terre sur les routes de l'entité. Cette année, la coupe est pleine pour plusieurs riverains de la rue des Tilleuls, à Villers-lez-Mehaigne.

"Mercredi, ma fille a glissé à vélo en revenant de l'école. Elle a eu quatre points de suture au menton. Quand il pleut, c'est une vraie patinoire", raconte Céline Dethier, qui habite au bord de la chaussée depuis douze ans. Elle a déposé plainte.

Un voisin, qui préfère garder l'anonymat, parle d'un "manque de respect total".

"On ne demande pas la lune. Qu'ils nettoient derrière eux, c'est tout."

Depuis samedi, des panneaux "Attention, boue sur la route" ont été posés aux deux entrées du village.

Les agriculteurs, eux, se disent conscients du problème. Mais ils rappellent que la récolte se fait cette année dans des conditions difficiles. "Avec les pluies de septembre, les champs sont détrempés. On nettoie ce qu'on peut, mais on ne peut pas passer la balayeuse toutes les demi-heures", explique Jean-François Lambotte, agriculteur à Villers et président de la section locale de la Fédération des planteurs de betteraves de Hesbaye (FPBH).

Le bourgmestre, Philippe Collard, a signé vendredi une ordonnance de police qui impose le nettoyage des voiries "dans les deux heures" suivant le passage des engins. "Je comprends les agriculteurs, je suis moi-même fils de fermier. Mais la sécurité passe avant tout. Si la voirie n'est pas nettoyée, on fera intervenir une entreprise et on enverra la facture", a-t-il précisé face à notre caméra.

La FPBH juge la mesure "disproportionnée". Dans un communiqué, la fédération regrette de ne pas avoir été consultée et plaide pour "une solution concertée à l'échelle de l'entité".

La police, de son côté, rappelle que laisser de la boue sur la chaussée est une infraction. "Nous avons déjà dressé six procès-verbaux depuis le début de la campagne", indique le commissaire Luc Hanquet, porte-parole de la zone de police des Deux-Vallées. Il invite les usagers à signaler les tronçons dangereux via l'application "Voirie Alerte" de la commune.

Dans les champs, la campagne doit encore durer jusqu'à la mi-décembre et les arracheuses tournent à plein régime. "Septante pour cent des betteraves sont encore en terre", glisse un chauffeur, entre deux allers-retours vers la sucrerie.

Le dossier sera à l'ordre du jour du prochain conseil communal, le 30 octobre. L'opposition demande l'achat d'une balayeuse communale. "Ça coûte moins cher qu'un accident", résume la conseillère Marie Ghislain.

Partager sur Facebook
Partager sur Twitter""",
    [
        (
            "Mercredi, ma fille a glissé à vélo en revenant de l'école. Elle a eu quatre points de suture au menton. Quand il pleut, c'est une vraie patinoire",
            "Céline Dethier",
            "Céline Dethier",
            "raconte",
        ),
        ("manque de respect total", "voisin", "Un voisin", "parle"),
        (
            "On ne demande pas la lune. Qu'ils nettoient derrière eux, c'est tout.",
            "voisin",
            "Un voisin",
            None,
        ),
        (
            "Avec les pluies de septembre, les champs sont détrempés. On nettoie ce qu'on peut, mais on ne peut pas passer la balayeuse toutes les demi-heures",
            "Jean-François Lambotte",
            "Jean-François Lambotte",
            "explique",
        ),
        ("dans les deux heures", "Philippe Collard", "Philippe Collard", "impose"),
        (
            "Je comprends les agriculteurs, je suis moi-même fils de fermier. Mais la sécurité passe avant tout. Si la voirie n'est pas nettoyée, on fera intervenir une entreprise et on enverra la facture",
            "Philippe Collard",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "disproportionnée",
            "Fédération des planteurs de betteraves de Hesbaye",
            "La FPBH",
            "juge",
        ),
        (
            "une solution concertée à l'échelle de l'entité",
            "Fédération des planteurs de betteraves de Hesbaye",
            "la fédération",
            "plaide",
        ),
        (
            "Nous avons déjà dressé six procès-verbaux depuis le début de la campagne",
            "Luc Hanquet",
            "Luc Hanquet",
            "indique",
        ),
        (
            "Septante pour cent des betteraves sont encore en terre",
            "chauffeur",
            "un chauffeur",
            "glisse",
        ),
        ("Ça coûte moins cher qu'un accident", "Marie Ghislain", "Marie Ghislain", "résume"),
    ],
    ["Attention, boue sur la route", "Voirie Alerte"],
)

article(
    "blind43-fr05",
    "fr",
    """Ce domaine valaisan a fait payer 94 francs la journée de ski et Internet s'enflamme

Le prix du forfait varie désormais selon la météo et l'affluence. Samedi, la facture a piqué.

Sophie Gaillard
12.12.2025, 16:08

Image: Valentin Rey

Le domaine des Crêtes-d'Arbignon a inauguré cette saison le «prix dynamique»: comme pour les billets d'avion, le tarif du forfait journalier varie selon la météo, la date et l'affluence. Problème: samedi dernier, le prix a grimpé jusqu'à 94 francs pour un adulte. Et la pilule passe mal.

Sur Instagram, un influenceur lausannois suivi par 120'000 personnes, Maxime Pittet, alias «Maxou», a publié une story devenue virale: «94 balles pour skier sur trois pistes ouvertes. Je vous aime les montagnes, mais là, c'est non.» La publication a été partagée plus de 15'000 fois en deux jours.

Dans les commentaires, les réactions oscillent entre colère et ironie. «Bientôt on paiera au nombre de virages», se moque une internaute.

Contacté par watson, le directeur des Remontées mécaniques des Crêtes-d'Arbignon SA (RMCA), Yannick Bonvin, défend le système. «Le prix moyen de la saison est plus bas que l'an dernier. Samedi, c'était un pic: grand beau, neige fraîche, premier week-end des vacances. Si vous réservez en ligne une semaine avant, vous skiez pour 49 francs.»

Selon lui, le «yield management» est désormais «la norme» dans l'hôtellerie et l'aviation, «et personne ne trouve ça scandaleux».

Publicité

Les familles ne l'entendent pas de cette oreille. «Le ski devient un sport de riches. Une famille de quatre, c'est 300 francs la journée avant même d'avoir mangé une assiette de frites», dénonce Laure Zufferey, présidente de l'Alliance des skieurs romands (ASR).

L'ASR a adressé mercredi une lettre ouverte aux communes actionnaires des RMCA. Elle y demande «un plafond de prix garanti» pour les familles et les moins de 20 ans, ainsi que la publication des tarifs au moins dix jours à l'avance.

Tout le monde ne partage pas cette colère. Un moniteur de ski du domaine, qui tient à rester anonyme, nuance: «Les gens râlent, mais samedi, il y avait une heure de queue au télésiège. Le prix n'a fait fuir personne.»

Selon les chiffres transmis par la société, la fréquentation du premier week-end a d'ailleurs progressé de 8% par rapport à l'an dernier, et près d'un skieur sur deux a acheté son forfait en ligne.

Le conseil d'administration des RMCA tirera un premier bilan en avril. D'ici là, Yannick Bonvin l'assure: le système «ne sera pas abandonné en cours de saison».

Plus de news «Suisse»:

Le Conseil fédéral veut simplifier les contrôles des bagages à main
Un loup observé en plein jour près d'une école du Jura bernois""",
    [
        (
            "94 balles pour skier sur trois pistes ouvertes. Je vous aime les montagnes, mais là, c'est non.",
            "Maxime Pittet",
            "Maxime Pittet",
            "a publié",
        ),
        (
            "Bientôt on paiera au nombre de virages",
            "internaute",
            "une internaute",
            "se moque",
        ),
        (
            "Le prix moyen de la saison est plus bas que l'an dernier. Samedi, c'était un pic: grand beau, neige fraîche, premier week-end des vacances. Si vous réservez en ligne une semaine avant, vous skiez pour 49 francs.",
            "Yannick Bonvin",
            "Yannick Bonvin",
            None,
        ),
        ("la norme", "Yannick Bonvin", ("Selon lui", "lui"), "Selon"),
        (
            "et personne ne trouve ça scandaleux",
            "Yannick Bonvin",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Le ski devient un sport de riches. Une famille de quatre, c'est 300 francs la journée avant même d'avoir mangé une assiette de frites",
            "Laure Zufferey",
            "Laure Zufferey",
            "dénonce",
        ),
        (
            "un plafond de prix garanti",
            "Alliance des skieurs romands",
            ("Elle y demande", "Elle"),
            "demande",
        ),
        (
            "Les gens râlent, mais samedi, il y avait une heure de queue au télésiège. Le prix n'a fait fuir personne.",
            "moniteur",
            "Un moniteur de ski du domaine",
            "nuance",
        ),
        (
            "ne sera pas abandonné en cours de saison",
            "Yannick Bonvin",
            "Yannick Bonvin",
            "l'assure",
        ),
    ],
    ["prix dynamique", "Maxou", "yield management", "Suisse"],
)

article(
    "blind43-fr06",
    "fr",
    f"""Traversier de l’Île-Sainte-Barbe{NB}: «{NB}un été perdu{NB}» pour les commerçants

Le navire est immobilisé depuis le 14 juillet. La remise en service n’est pas prévue avant la fin août.

Par Marie-Ève Pelletier | 2 août 2025 | Actualités

Le NM «{NB}Héron-Bleu{NB}», qui assure la liaison entre le quai de Saint-Éloi-de-la-Rive et l’Île-Sainte-Barbe, est immobilisé depuis le 14 juillet en raison d’une avarie au système de propulsion. La Société des traversiers de l’Estuaire (STE) ne prévoit pas de remise en service avant la fin du mois d’août.

Pour les 280 résidents permanents de l’île et la vingtaine d’entreprises touristiques qui vivent de la saison estivale, le coup est dur. «{NB}Juillet et août, c’est 70{NB}% de mon chiffre d’affaires annuel. Là, on parle d’un été perdu, purement et simplement{NB}», déplore Gaétan Ouellet, propriétaire de l’Auberge du Phare depuis 1998.

Depuis trois semaines, seul un bateau-taxi de douze passagers fait la navette, deux fois par jour. Les véhicules, eux, restent à quai. «{NB}J’ai dû annuler 140 réservations. Les gens m’appellent pour me demander s’ils peuvent “traverser en kayak”. Je leur dis que non, évidemment{NB}», a-t-il ajouté en riant jaune.

Par courriel, la STE indique que la pièce défectueuse «{NB}doit être usinée sur mesure{NB}» et que «{NB}tous les efforts sont déployés{NB}» pour accélérer les travaux. La société dit «{NB}comprendre les inconvénients vécus par la communauté insulaire{NB}» et assure qu’un deuxième bateau-taxi sera ajouté «{NB}dans les prochains jours{NB}».

Le préfet de la MRC des Basques-et-Rivages, Réjean Gagnon, juge la situation «{NB}inacceptable{NB}». «{NB}Chaque été, c’est la même histoire. Le bateau a 41 ans. On demande un remplacement depuis 2016 et on se fait répondre d’attendre le prochain plan d’investissement{NB}», a-t-il mentionné en entrevue à Info-Dimanche.

M. Gagnon rappelle que l’île n’a pas de dispensaire{NB}: «{NB}Une personne qui fait un infarctus, là, on l’évacue comment{NB}? En hélicoptère, si la météo le permet. Ce n’est pas sérieux.{NB}»

Un camionneur qui livre l’épicerie de l’île chaque semaine se dit «{NB}découragé{NB}».

«{NB}Je transborde mes caisses à la main dans le bateau-taxi. Ça me prend quatre heures au lieu d’une.{NB}»

La députée de la circonscription, Line Bérubé, a publié samedi un message sur Facebook, dans lequel elle affirme avoir «{NB}fait pression personnellement{NB}» auprès de la ministre des Transports. «{NB}Les insulaires ne sont pas des citoyens de seconde zone{NB}», écrit-elle.

Lire aussi{NB}: Saint-Éloi-de-la-Rive{NB}: le quai sera rénové en 2026

Une assemblée citoyenne se tiendra mardi soir à la salle paroissiale de l’île. Le comité de citoyens «{NB}Sainte-Barbe debout{NB}» entend y réclamer un service d’urgence pour les livraisons et les soins de santé.

Partager sur Facebook · Partager sur X · Commentaires""",
    [
        ("un été perdu", "Gaétan Ouellet", None, None),
        (
            f"Juillet et août, c’est 70{NB}% de mon chiffre d’affaires annuel. Là, on parle d’un été perdu, purement et simplement",
            "Gaétan Ouellet",
            "Gaétan Ouellet",
            "déplore",
        ),
        (
            "J’ai dû annuler 140 réservations. Les gens m’appellent pour me demander s’ils peuvent “traverser en kayak”. Je leur dis que non, évidemment",
            "Gaétan Ouellet",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "doit être usinée sur mesure",
            "Société des traversiers de l’Estuaire",
            "la STE",
            "indique",
        ),
        (
            "tous les efforts sont déployés",
            "Société des traversiers de l’Estuaire",
            "la STE",
            "indique",
        ),
        (
            "comprendre les inconvénients vécus par la communauté insulaire",
            "Société des traversiers de l’Estuaire",
            "La société",
            "dit",
        ),
        (
            "dans les prochains jours",
            "Société des traversiers de l’Estuaire",
            "La société",
            "assure",
        ),
        ("inacceptable", "Réjean Gagnon", "Réjean Gagnon", "juge"),
        (
            "Chaque été, c’est la même histoire. Le bateau a 41 ans. On demande un remplacement depuis 2016 et on se fait répondre d’attendre le prochain plan d’investissement",
            "Réjean Gagnon",
            ("a-t-il mentionné", "il"),
            "a-t-il mentionné",
        ),
        (
            f"Une personne qui fait un infarctus, là, on l’évacue comment{NB}? En hélicoptère, si la météo le permet. Ce n’est pas sérieux.",
            "Réjean Gagnon",
            "M. Gagnon",
            "rappelle",
        ),
        ("découragé", "camionneur", "Un camionneur", "se dit"),
        (
            "Je transborde mes caisses à la main dans le bateau-taxi. Ça me prend quatre heures au lieu d’une.",
            "camionneur",
            "Un camionneur",
            None,
        ),
        (
            "fait pression personnellement",
            "Line Bérubé",
            ("elle affirme", "elle"),
            "affirme",
        ),
        (
            "Les insulaires ne sont pas des citoyens de seconde zone",
            "Line Bérubé",
            ("écrit-elle", "elle"),
            "écrit",
        ),
    ],
    ["Héron-Bleu", "Sainte-Barbe debout"],
)

article(
    "blind43-fr07",
    "fr",
    """Eau rouge au captage de Nékoué : la tribu bloque l’accès à la mine

Publié le 3 mars 2026 à 11h15, mis à jour le 3 mars 2026 à 16h40
Écrit par Élodie Poédi, avec Jean-Marc Thomas

Le barrage filtrant à l’entrée de la piste minière, ce mardi. © NC la 1ère / J.-M. Thomas

Depuis samedi, un barrage filtrant est installé sur la route qui mène au site minier du plateau de Wéoua. Les habitants de la tribu de Nékoué, sur la commune de Kouaré, protestent contre la pollution de leur captage d’eau potable, devenu rouge après les fortes pluies de la semaine dernière.

“Quand on a ouvert le robinet jeudi, c’était de la boue. Les enfants ne peuvent plus se laver, les vieux ne peuvent plus boire. Et on nous dit d’attendre”, explique Joseph Waïa, petit chef de la tribu.

Pour les coutumiers, l’origine de la pollution ne fait aucun doute : les eaux de ruissellement du site exploité par la Société minière du Plateau (SMP). “La mine est juste au-dessus. Avant qu’ils arrivent, la rivière était claire même en saison cyclonique”, assure un ancien de la tribu, assis sous le faré où se relaient les manifestants. Sur une pancarte accrochée au barrage, on peut lire “Pas d’eau, pas de minerai”.

Lundi matin, le conseil des anciens a remis un message coutumier au directeur du site. Dans ce document, lu ensuite devant la presse, la tribu exige “l’arrêt immédiat des travaux sur le versant nord” et “une eau propre pour chaque famille avant la fin de la semaine”.

Contactée par NC la 1ère, la SMP affirme que ses bassins de décantation “ont fonctionné normalement” pendant l’épisode pluvieux. Dans un communiqué diffusé lundi après-midi, la société minière dit toutefois “prendre très au sérieux les inquiétudes de la population” et annonce des analyses indépendantes.

Son directeur des opérations, Franck Delorme, s’est rendu sur le barrage mardi. “Nous livrons dès aujourd’hui de l’eau en bouteille et une citerne de 10 000 litres. Si nos installations sont en cause, nous l’assumerons”, a-t-il déclaré à notre micro.

L’Office calédonien de l’eau (OCE) a effectué des prélèvements mercredi, en amont et en aval du captage. Les résultats sont attendus “sous dix jours”, précise l’établissement public.

Lire aussi : Mines : la saison cyclonique met les bassins de rétention à l’épreuve

La maire de Kouaré, Annie Kaloï, se dit “solidaire” de la tribu. Elle appelle néanmoins à lever le barrage : « Le dialogue est ouvert. Bloquer la route, c’est aussi bloquer les salariés de la tribu qui travaillent sur la mine. »

Car le dossier divise. Une trentaine d’habitants de Nékoué sont employés par la SMP. “Je suis avec ma tribu. Mais si la mine ferme, comment je paie la maison ?” s’interroge un jeune conducteur d’engins, qui a souhaité rester anonyme.

Joseph Waïa, lui, prévient que le barrage restera en place tant que l’eau ne sera pas redevenue claire. “On a attendu la parole de la mine pendant des années.

“Maintenant, c’est à eux d’attendre la nôtre.”

Partager""",
    [
        (
            "Quand on a ouvert le robinet jeudi, c’était de la boue. Les enfants ne peuvent plus se laver, les vieux ne peuvent plus boire. Et on nous dit d’attendre",
            "Joseph Waïa",
            "Joseph Waïa",
            "explique",
        ),
        (
            "La mine est juste au-dessus. Avant qu’ils arrivent, la rivière était claire même en saison cyclonique",
            "ancien",
            "un ancien de la tribu",
            "assure",
        ),
        (
            "l’arrêt immédiat des travaux sur le versant nord",
            "tribu de Nékoué",
            "la tribu",
            "exige",
        ),
        (
            "une eau propre pour chaque famille avant la fin de la semaine",
            "tribu de Nékoué",
            "la tribu",
            "exige",
        ),
        ("ont fonctionné normalement", "Société minière du Plateau", "la SMP", "affirme"),
        (
            "prendre très au sérieux les inquiétudes de la population",
            "Société minière du Plateau",
            "la société minière",
            "dit",
        ),
        (
            "Nous livrons dès aujourd’hui de l’eau en bouteille et une citerne de 10 000 litres. Si nos installations sont en cause, nous l’assumerons",
            "Franck Delorme",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "sous dix jours",
            "Office calédonien de l’eau",
            "l’établissement public",
            "précise",
        ),
        ("solidaire", "Annie Kaloï", "Annie Kaloï", "se dit"),
        (
            "Le dialogue est ouvert. Bloquer la route, c’est aussi bloquer les salariés de la tribu qui travaillent sur la mine.",
            "Annie Kaloï",
            ("Elle appelle", "Elle"),
            "appelle",
        ),
        (
            "Je suis avec ma tribu. Mais si la mine ferme, comment je paie la maison ?",
            "conducteur",
            "un jeune conducteur d’engins",
            "s’interroge",
        ),
        (
            "On a attendu la parole de la mine pendant des années.",
            "Joseph Waïa",
            "Joseph Waïa",
            None,
        ),
        (
            "Maintenant, c’est à eux d’attendre la nôtre.",
            "Joseph Waïa",
            "Joseph Waïa",
            None,
        ),
    ],
    ["Pas d’eau, pas de minerai"],
)

article(
    "blind43-fr08",
    "fr",
    f"""Arrachage{NNB}: les Côtes du Lisandre demandent 1{NNB}500 hectares de plus

Réunie en assemblée générale, l’interprofession estime que le plan national ne suffira pas à résorber les stocks de vins rouges.

Par Alexandre Marchetti Le 14 janvier 2026

Crédit photo : IVCL

Le plan national d’arrachage ne suffira pas. C’est le message porté ce mardi 13 janvier à Saint-Firmin-de-Lisandre par l’Interprofession des vins des Côtes du Lisandre (IVCL), qui réclame une enveloppe complémentaire pour arracher 1{NNB}500 hectares de plus dans l’appellation.

Son président, Bernard Castagné, a prévenu d’emblée les 300 opérateurs réunis{NNB}: «{NNB}Nous avons 420{NNB}000 hectolitres en cave, soit près d’une récolte et demie. On ne vendra pas ces volumes, il faut avoir le courage de le dire.{NNB}»

Selon l’étude «{NNB}Lisandre 2030{NNB}», commandée par l’IVCL au cabinet Vinéo Conseil, le vignoble devrait réduire sa surface de 18{NNB}% pour retrouver l’équilibre entre l’offre et la demande. Le document évoque «{NNB}un décrochage durable de la consommation de vins rouges{NNB}» et recommande de «{NNB}réorienter une partie des surfaces vers les blancs et les effervescents{NNB}». L’étude chiffre à 9 millions d’euros le coût d’un tel programme.

Plusieurs opérateurs plaident aussi pour le dispositif dit d’«{NNB}arrachage temporaire{NNB}», qui permettrait de conserver les autorisations de plantation pendant six ans.

Dans les rangs, le ton est plus amer. «{NNB}Mon grand-père a planté ces vignes en 1962. Je vais arracher huit hectares sur vingt-deux, et je ne sais pas ce que je vais mettre à la place{NNB}», confie Sylvie Roumagnac, vigneronne à Cazevieille-Haute.

Les caves coopératives, qui vinifient 70{NNB}% des volumes de l’appellation, soutiennent la démarche. «{NNB}Sans réduction du potentiel, les prix resteront sous le coût de production, et ce sont nos adhérents qui disparaîtront, martèle Hervé Combes, directeur de la cave Les Vignerons du Lisandre. Mieux vaut un vignoble plus petit qu’un vignoble en faillite.{NNB}»

Le négoce se montre plus réservé. Pour Olivier Tessier, président de la commission négoce de l’IVCL, l’arrachage ne doit pas devenir «{NNB}la seule réponse{NNB}». «{NNB}On arrache, très bien. Mais on a aussi besoin d’argent pour conquérir de nouveaux marchés, à l’export notamment{NNB}», a-t-il plaidé.

Lire aussi{NNB}: Vins rouges{NNB}: les sorties de chai reculent encore en décembre

Du côté du ministère de l’Agriculture, interrogé par Vitisphere, on indique que «{NNB}les demandes régionales seront examinées au regard de l’enveloppe disponible{NNB}», sans plus de précision sur le calendrier.

Bernard Castagné veut pourtant croire à un geste de l’État avant les vendanges.

«{NNB}Nous ne demandons pas l’aumône. Nous demandons les moyens de nous adapter.{NNB}»

Partager l’article

Commentaires (7)""",
    [
        (
            f"Nous avons 420{NNB}000 hectolitres en cave, soit près d’une récolte et demie. On ne vendra pas ces volumes, il faut avoir le courage de le dire.",
            "Bernard Castagné",
            "Bernard Castagné",
            "a prévenu",
        ),
        (
            "un décrochage durable de la consommation de vins rouges",
            "Vinéo Conseil",
            "Le document",
            "évoque",
        ),
        (
            "réorienter une partie des surfaces vers les blancs et les effervescents",
            "Vinéo Conseil",
            "Le document",
            "recommande",
        ),
        (
            "Mon grand-père a planté ces vignes en 1962. Je vais arracher huit hectares sur vingt-deux, et je ne sais pas ce que je vais mettre à la place",
            "Sylvie Roumagnac",
            "Sylvie Roumagnac",
            "confie",
        ),
        (
            "Sans réduction du potentiel, les prix resteront sous le coût de production, et ce sont nos adhérents qui disparaîtront",
            "Hervé Combes",
            "Hervé Combes",
            "martèle",
        ),
        (
            "Mieux vaut un vignoble plus petit qu’un vignoble en faillite.",
            "Hervé Combes",
            "Hervé Combes",
            "martèle",
        ),
        ("la seule réponse", "Olivier Tessier", "Olivier Tessier", "Pour"),
        (
            "On arrache, très bien. Mais on a aussi besoin d’argent pour conquérir de nouveaux marchés, à l’export notamment",
            "Olivier Tessier",
            ("a-t-il plaidé", "il"),
            "a-t-il plaidé",
        ),
        (
            "les demandes régionales seront examinées au regard de l’enveloppe disponible",
            "ministère de l’Agriculture",
            "ministère de l’Agriculture",
            "indique",
        ),
        (
            "Nous ne demandons pas l’aumône. Nous demandons les moyens de nous adapter.",
            "Bernard Castagné",
            "Bernard Castagné",
            None,
        ),
    ],
    ["Lisandre 2030", "arrachage temporaire"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind43_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
