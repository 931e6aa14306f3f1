# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind28_fr.jsonl: a twenty-eighth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Burgundy wine-fraud trial (Le Bien
public, Dijon justice: a headline quote with a role-noun cue, an intertitle quote, an
interrupted quote, a nested “ ” notebook label, a winegrowers' union with a short name in
brackets, a follow-on paragraph without a cue, a wine label in marks), a lycée class without a
maths teacher in Parakou (La Nation, Bénin education: a note de service quoted, a teachers'
union with a short name in brackets, the ministry's communiqué, a placard slogan, a quote
after a colon with no speech verb), a private bus line between Beirut and Byblos (Ici Beyrouth
transport: “ ” and plain-spaced « » side by side, a term in marks, a drivers' union, the
ministry's communiqué, an anonymous official, a company's post, a bus slogan), late frost in
Acadian wild-blueberry fields (Le Courrier de la Nouvelle-Écosse farming: unpadded marks,
"d'expliquer" cues, an English quote, the ministry by e-mail, a cue-less multi-paragraph
testimony with a nested “ ” saying, a festival's name), a Namur art-house cinema saved by
crowdfunding (Le Vif culture: NNBSP padding, a landlord's letter, a film title twice, a
campaign name, a Q&A whose unmarked answers are not listed while quotes inside them are), an
ice-hockey play-off game (Arcinfo, Neuchâtel sport: Swiss unpadded marks, a headline quote after
the player's name and a colon, a German quote, a league with a short name in brackets, a
banner motto), a dengue epidemic in the Ouest guyanais (France-Guyane public health: NNBSP
padding, a headline quote without a cue, a health agency's communiqué, a mother's testimony
with a nested “ ” order, a campaign slogan) and crumbling houses in the Fès medina (TelQuel,
Morocco housing: a multi-paragraph testimony with a nested “ ” saying and a closing cue, an
engineering report, an anonymous agency executive, a petition title, an administrative label).
Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind28_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind28-fr01",
    "fr",
    f"""Faux grands crus : « J’ai voulu sauver la maison », plaide le négociant beaunois

Le négociant Armand Vercherin, 61 ans, comparaissait mardi devant le tribunal correctionnel de Dijon pour avoir écoulé 40 000 bouteilles de vin ordinaire sous des étiquettes prestigieuses. Deux ans de prison, dont un ferme, ont été requis.

Par Camille Roussot
Le 14/05/2025 à 19:02 | Mis à jour le 14/05/2025 à 21:15

Il a gardé les mains posées sur la barre pendant presque toute l’audience. Armand Vercherin, ancien patron d’une maison de négoce fondée par son grand-père à Beaune, n’a pas contesté l’essentiel des faits. «{NB}J’ai voulu sauver la maison. Je n’ai pas pensé aux clients, j’ai pensé aux douze salariés{NB}», a-t-il déclaré d’une voix blanche.
Entre 2019 et 2022, selon l’enquête, des vins achetés en vrac en Espagne et dans le Languedoc étaient assemblés dans un chai loué à Chorey-lès-Beaune, puis mis en bouteilles sous l’étiquette «{NB}Clos Sainte-Pétronille{NB}», un premier cru imaginaire dont le nom avait été choisi pour sa consonance. Une partie des bouteilles partait vers la Belgique et le Japon.
Partager Facebook Twitter Linkedin E-mail
La présidente du tribunal a longuement lu les pages d’un carnet saisi au domicile du prévenu. «{NB}Vous écriviez “le petit espagnol” à côté de chaque lot. Vous saviez donc ce que vous faisiez{NB}», a relevé Hélène Marquiset. «{NB}Je savais, oui{NB}», a admis le prévenu, après un long silence.
« Une signature collective »
L’Union des viticulteurs de la Côte dijonnaise (UVCD), partie civile, réclame 300 000 euros de dommages et intérêts. Dans un communiqué diffusé le matin de l’audience, l’UVCD demandait «{NB}une peine exemplaire{NB}». «{NNB}Chaque bouteille vendue a abîmé la réputation de centaines de vignerons honnêtes{NNB}», a plaidé son avocat, Me Julien Fauconnet. Selon lui, M. Vercherin a «{NNB}trahi une signature collective{NNB}» que la Bourgogne a mis des siècles à construire.
Lire aussi : Nuits-Saint-Georges : un chai cambriolé pour la troisième fois en un an
Pour la procureure, Anne-Sophie Delorme, le dossier ne laisse aucune place au doute. «{NB}Ce n’est pas un accident de gestion, c’est un système, a-t-elle lancé. Trois ans, quarante mille bouteilles, des étiquettes imprimées en Italie, des factures maquillées.{NB}» Elle a requis deux ans d’emprisonnement, dont un ferme aménageable, 150 000 euros d’amende et une interdiction définitive d’exercer le métier de négociant.
Un restaurateur lyonnais, Gérald Moutet, cité comme témoin, a raconté avoir acheté plus de 600 bouteilles du prétendu premier cru. “Mes clients me félicitaient pour ma carte. Aujourd’hui, j’ai honte quand j’y repense”, a-t-il témoigné.
En défense, Me Laurence Perrault-Ibanez a dépeint un homme «{NB}écrasé par les dettes{NB}» après deux vendanges catastrophiques. « Mon client a tout perdu : sa maison, son nom, ses amis. Il ne recommencera pas », a-t-elle assuré, plaidant pour une peine entièrement assortie du sursis.
« Personne n’a été malade. Le vin était buvable, il n’était simplement pas ce que disait l’étiquette. »
Invité à prendre la parole en dernier, M. Vercherin a lâché, tourné vers les bancs des vignerons : «{NB}Je vous demande pardon.{NB}» Le jugement a été mis en délibéré au 25 juin.
Photo : Le palais de justice de Dijon. Archives LBP/Jean-Luc Perrot
Cet article vous a intéressé ? Recevez gratuitement notre newsletter Côte-d’Or""",
    [
        ("J’ai voulu sauver la maison", "Armand Vercherin", "le négociant beaunois", "plaide"),
        (
            "J’ai voulu sauver la maison. Je n’ai pas pensé aux clients, j’ai pensé aux douze salariés",
            "Armand Vercherin",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Vous écriviez “le petit espagnol” à côté de chaque lot. Vous saviez donc ce que vous faisiez",
            "Hélène Marquiset",
            "Hélène Marquiset",
            "a relevé",
        ),
        ("Je savais, oui", "Armand Vercherin", "le prévenu", "a admis"),
        ("Une signature collective", "Julien Fauconnet", None, None),
        (
            "une peine exemplaire",
            "Union des viticulteurs de la Côte dijonnaise",
            "l’UVCD",
            "demandait",
        ),
        (
            "Chaque bouteille vendue a abîmé la réputation de centaines de vignerons honnêtes",
            "Julien Fauconnet",
            "Julien Fauconnet",
            "a plaidé",
        ),
        (
            "trahi une signature collective",
            "Julien Fauconnet",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Ce n’est pas un accident de gestion, c’est un système",
            "Anne-Sophie Delorme",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "Trois ans, quarante mille bouteilles, des étiquettes imprimées en Italie, des factures maquillées.",
            "Anne-Sophie Delorme",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "Mes clients me félicitaient pour ma carte. Aujourd’hui, j’ai honte quand j’y repense",
            "Gérald Moutet",
            ("a-t-il témoigné", "il"),
            "a-t-il témoigné",
        ),
        (
            "écrasé par les dettes",
            "Laurence Perrault-Ibanez",
            "Laurence Perrault-Ibanez",
            "a dépeint",
        ),
        (
            "Mon client a tout perdu : sa maison, son nom, ses amis. Il ne recommencera pas",
            "Laurence Perrault-Ibanez",
            ("a-t-elle assuré", "elle"),
            "a-t-elle assuré",
        ),
        (
            "Personne n’a été malade. Le vin était buvable, il n’était simplement pas ce que disait l’étiquette.",
            "Laurence Perrault-Ibanez",
            None,
            None,
        ),
        ("Je vous demande pardon.", "Armand Vercherin", "M. Vercherin", "a lâché"),
    ],
    ["Clos Sainte-Pétronille"],
)

article(
    "blind28-fr02",
    "fr",
    f"""Parakou : au CEG Titirou-Alafia, les terminales attendent toujours leur professeur de mathématiques

Éducation

Par Aristide Houngbédji (Coll. Borgou)
Publié le 06 février 2025

Cinq mois après la rentrée, les 212 élèves des classes de terminale C et D du Collège d’enseignement général (CEG) Titirou-Alafia de Parakou n’ont suivi qu’une poignée d’heures de mathématiques. Le professeur affecté à l’établissement en septembre n’a jamais pris son poste, et son remplaçant, un aspirant au métier d’enseignant, a démissionné en décembre.
«{NB}Nous avons frappé à toutes les portes. Chaque semaine, j’envoie un rapport à la direction départementale{NB}», indique le directeur du collège, Séraphin Gbaguidi, qui a dû répartir les heures entre deux collègues de physique. Le chef d’établissement reconnaît une solution «{NB}de fortune{NB}» : «{NB}Ils font de leur mieux, mais on ne s’improvise pas professeur de mathématiques en terminale.{NB}»
Lire aussi : Examens nationaux : le calendrier de la session 2025 dévoilé
Les parents d’élèves ont manifesté lundi devant le collège, brandissant des pancartes «Pas de maths, pas d’avenir». La présidente de l’association des parents d’élèves, Mme Abiba Sanni Bio, ne décolère pas. «{NB}On nous parle de réforme, de numérique, de tablettes. Mais nos enfants n’ont même pas un professeur devant eux{NB}», a-t-elle déploré. Selon elle, plusieurs familles paient déjà des cours de répétition «{NB}à 15 000 francs CFA par mois{NB}», une somme hors de portée pour la plupart des ménages du quartier.
Interrogé par nos soins, le directeur départemental de l’Enseignement secondaire du Borgou, Cyprien Adjovi, assure que la situation sera réglée «{NB}avant la fin du mois{NB}». «{NB}Un enseignant titulaire a été identifié à Nikki. Son affectation est en cours de signature{NB}», a-t-il précisé.
Une note de service de la direction départementale de l’Enseignement secondaire du Borgou, datée du 3 février, invite par ailleurs les chefs d’établissement à «{NB}recourir, à titre transitoire, aux enseignants qualifiés des établissements voisins{NB}».
Le Syndicat national des enseignants du secondaire public (SYNESP) y voit le symptôme d’un mal plus profond. «{NNB}Le problème n’est pas Titirou-Alafia. Dans le Borgou, il manque plus de 300 professeurs de sciences, et les aspirants partent dès qu’ils trouvent mieux{NNB}», estime son secrétaire général, Gervais Tokpanou. Le syndicat réclame «{NNB}un plan de recrutement d’urgence{NNB}» et une revalorisation des primes de zone.
Le ministère de l’Enseignement secondaire, de son côté, rappelle dans un communiqué publié mardi que 1 850 aspirants ont été déployés sur l’ensemble du territoire depuis la rentrée et que «{NB}chaque classe d’examen bénéficiera d’un encadrement complet{NB}» d’ici aux épreuves de juin.
En attendant, les élèves s’organisent. Dans une salle prêtée par la mosquée du quartier, une vingtaine d’entre eux se retrouvent chaque soir pour réviser ensemble. «{NB}Le plus fort en maths explique aux autres. Hier, c’était moi{NB}», sourit Fadilatou, 18 ans, qui rêve d’entrer en école d’ingénieurs. Son camarade Ismaël Worou est plus inquiet : «{NB}Au bac, personne ne nous demandera si on avait un professeur.{NB}»
Le directeur, lui, veut rester optimiste. «{NB}Si le nouveau professeur arrive ce mois-ci, nous rattraperons le retard. Il le faut{NB}», lâche M. Gbaguidi.
Photo : Des élèves de terminale D révisent dans une salle prêtée par la mosquée du quartier. © La Nation/A. Houngbédji""",
    [
        (
            "Nous avons frappé à toutes les portes. Chaque semaine, j’envoie un rapport à la direction départementale",
            "Séraphin Gbaguidi",
            "Séraphin Gbaguidi",
            "indique",
        ),
        ("de fortune", "Séraphin Gbaguidi", "Le chef d’établissement", "reconnaît"),
        (
            "Ils font de leur mieux, mais on ne s’improvise pas professeur de mathématiques en terminale.",
            "Séraphin Gbaguidi",
            "Le chef d’établissement",
            "reconnaît",
        ),
        (
            "On nous parle de réforme, de numérique, de tablettes. Mais nos enfants n’ont même pas un professeur devant eux",
            "Abiba Sanni Bio",
            ("a-t-elle déploré", "elle"),
            "a-t-elle déploré",
        ),
        ("à 15 000 francs CFA par mois", "Abiba Sanni Bio", ("Selon elle", "elle"), "Selon"),
        ("avant la fin du mois", "Cyprien Adjovi", "Cyprien Adjovi", "assure"),
        (
            "Un enseignant titulaire a été identifié à Nikki. Son affectation est en cours de signature",
            "Cyprien Adjovi",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "recourir, à titre transitoire, aux enseignants qualifiés des établissements voisins",
            "direction départementale de l’Enseignement secondaire du Borgou",
            (
                "de la direction départementale de l’Enseignement secondaire du Borgou, datée",
                "direction départementale de l’Enseignement secondaire du Borgou",
            ),
            "invite",
        ),
        (
            "Le problème n’est pas Titirou-Alafia. Dans le Borgou, il manque plus de 300 professeurs de sciences, et les aspirants partent dès qu’ils trouvent mieux",
            "Gervais Tokpanou",
            "Gervais Tokpanou",
            "estime",
        ),
        (
            "un plan de recrutement d’urgence",
            "Syndicat national des enseignants du secondaire public",
            "Le syndicat",
            "réclame",
        ),
        (
            "chaque classe d’examen bénéficiera d’un encadrement complet",
            "ministère de l’Enseignement secondaire",
            "Le ministère de l’Enseignement secondaire",
            "rappelle",
        ),
        (
            "Le plus fort en maths explique aux autres. Hier, c’était moi",
            "Fadilatou",
            "Fadilatou",
            "sourit",
        ),
        (
            "Au bac, personne ne nous demandera si on avait un professeur.",
            "Ismaël Worou",
            "Ismaël Worou",
            None,
        ),
        (
            "Si le nouveau professeur arrive ce mois-ci, nous rattraperons le retard. Il le faut",
            "Séraphin Gbaguidi",
            "M. Gbaguidi",
            "lâche",
        ),
    ],
    ["Pas de maths, pas d’avenir"],
)

article(
    "blind28-fr03",
    "fr",
    """Entre Beyrouth et Byblos, le bus revient et les « services » grincent des dents

Société

Par Joëlle Rizk | 22 octobre 2024

Depuis le 1er octobre, une quinzaine de bus climatisés aux couleurs orange et blanc relient Dora à Byblos toutes les vingt minutes, de 6 heures à 21 heures. Le ticket coûte 150 000 livres libanaises, soit moins de la moitié d’une course en « service », ces taxis collectifs qui dominent le transport routier du pays depuis la fin de la guerre civile.
Derrière la ligne, une société privée, Sahel Transit, fondée par un ingénieur revenu de Montréal, Nadim Abou Khalil. « Les Libanais ne prennent pas le bus parce qu’on ne leur a jamais proposé un bus digne de ce nom », affirme-t-il depuis le dépôt de la compagnie, à Nahr Ibrahim. « Nous avons des horaires, des arrêts, une application. C’est tout bête, mais personne ne l’avait fait. »
Le slogan peint sur les flancs des véhicules, « Yalla, on roule à l’heure », fait sourire les usagers. Maya, étudiante en pharmacie de 22 ans, fait le trajet tous les jours depuis Jbeil. “Avant, je changeais trois fois de service et j’arrivais en retard un jour sur deux. Maintenant, je révise dans le bus”, raconte-t-elle.
Lire aussi : Aéroport de Beyrouth : les tarifs des parkings doublent
Colère des chauffeurs
Chez les chauffeurs de taxis collectifs, l’arrivée du bus passe mal. Jeudi, plusieurs dizaines d’entre eux ont bloqué pendant deux heures l’autoroute à hauteur de Jounieh. « On paie l’essence au prix fort, on paie les plaques, on paie tout. Et eux arrivent avec des bus tout neufs et des prix cassés », s’emporte Georges Tannous, porte-parole du Syndicat des chauffeurs de transport public du Kesrouan. Le syndicat dénonce une « concurrence déloyale » et réclame que la société soit soumise « aux mêmes taxes que tout le monde ».
M. Abou Khalil balaie l’accusation : « Nous payons nos impôts. Je propose même aux chauffeurs de services de venir travailler chez nous. Trois l’ont déjà fait. »
Interrogé par Ici Beyrouth, le ministère des Travaux publics et des Transports a indiqué dans un communiqué que la ligne fonctionnait « sous une autorisation provisoire de six mois » et qu’un cahier des charges était « en cours d’élaboration ». Un haut fonctionnaire du ministère, qui a requis l’anonymat, résume la situation sans détour : « L’État n’a pas un sou pour acheter des bus. Si le privé le fait proprement, on ne va pas l’en empêcher. »
Pour l’urbaniste Rola Khoury, chercheuse spécialisée dans les mobilités, l’expérience est « encourageante mais fragile ». « Une ligne ne fait pas un réseau, a-t-elle rappelé lors d’une table ronde mardi à Achrafieh. Sans voies réservées, le bus restera coincé dans les mêmes bouchons que tout le monde. »
Sahel Transit dit vouloir ouvrir une deuxième ligne, vers Saïda, au printemps. « Si les chiffres suivent », précise la société dans un message publié sur ses réseaux sociaux.
Partager cet article
Tags : Transports, Beyrouth, Byblos, Kesrouan""",
    [
        (
            "Les Libanais ne prennent pas le bus parce qu’on ne leur a jamais proposé un bus digne de ce nom",
            "Nadim Abou Khalil",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        (
            "Nous avons des horaires, des arrêts, une application. C’est tout bête, mais personne ne l’avait fait.",
            "Nadim Abou Khalil",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        (
            "Avant, je changeais trois fois de service et j’arrivais en retard un jour sur deux. Maintenant, je révise dans le bus",
            "Maya",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "On paie l’essence au prix fort, on paie les plaques, on paie tout. Et eux arrivent avec des bus tout neufs et des prix cassés",
            "Georges Tannous",
            "Georges Tannous",
            "s’emporte",
        ),
        (
            "concurrence déloyale",
            "Syndicat des chauffeurs de transport public du Kesrouan",
            "Le syndicat",
            "dénonce",
        ),
        (
            "aux mêmes taxes que tout le monde",
            "Syndicat des chauffeurs de transport public du Kesrouan",
            "Le syndicat",
            "réclame",
        ),
        (
            "Nous payons nos impôts. Je propose même aux chauffeurs de services de venir travailler chez nous. Trois l’ont déjà fait.",
            "Nadim Abou Khalil",
            "M. Abou Khalil",
            "balaie",
        ),
        (
            "sous une autorisation provisoire de six mois",
            "ministère des Travaux publics et des Transports",
            "le ministère des Travaux publics et des Transports",
            "a indiqué",
        ),
        (
            "en cours d’élaboration",
            "ministère des Travaux publics et des Transports",
            "le ministère des Travaux publics et des Transports",
            "a indiqué",
        ),
        (
            "L’État n’a pas un sou pour acheter des bus. Si le privé le fait proprement, on ne va pas l’en empêcher.",
            "haut fonctionnaire",
            "Un haut fonctionnaire du ministère",
            "résume",
        ),
        ("encourageante mais fragile", "Rola Khoury", "Rola Khoury", "Pour"),
        (
            "Une ligne ne fait pas un réseau",
            "Rola Khoury",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "Sans voies réservées, le bus restera coincé dans les mêmes bouchons que tout le monde.",
            "Rola Khoury",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        ("Si les chiffres suivent", "Sahel Transit", "la société", "précise"),
    ],
    ["services", "service", "Yalla, on roule à l’heure"],
)

article(
    "blind28-fr04",
    "fr",
    """Gel tardif : les producteurs de bleuets de Clare craignent le pire

AGRICULTURE

Marc-André Thibodeau
Publié le 12 juin 2025

Les bleuetières de la région de Clare ont passé la nuit du 3 au 4 juin sous une température de -4 °C, au moment où les fleurs venaient tout juste de s’ouvrir. Une semaine plus tard, les producteurs commencent à mesurer les dégâts, et le constat est sombre.
«Dans certains champs, je n’ai pas trouvé une fleur sur dix qui avait survécu», raconte Réjean Comeau, qui cultive une quarantaine d’hectares de bleuets sauvages près de Saulnierville. «On a allumé les éoliennes antigel à deux heures du matin, on a arrosé ce qu’on pouvait. Ça n’a pas suffi.»
M. Comeau estime avoir perdu «au moins 70 %» de sa récolte. Il n’est pas le seul.
La Coopérative des bleuetières de la Baie, qui regroupe 64 producteurs entre Meteghan et Weymouth, a mené un premier relevé auprès de ses membres. «Les pertes varient de 30 à 90 % selon l’emplacement des champs. Les terrains bas, près des ruisseaux, ont été les plus touchés», d’expliquer sa directrice générale, Monique Belliveau-Thériault.
Selon elle, la coopérative pourrait ne pas être en mesure d’honorer ses contrats avec l’usine de congélation de la région. «On a des acheteurs au Japon et en Allemagne qui attendent nos bleuets en août. On va devoir leur dire la vérité, tôt, a-t-elle ajouté. Mieux vaut perdre un peu de crédibilité que toute la confiance.»
Réjean Comeau montre des fleurs de bleuets brûlées par le gel. (Photo : Marc-André Thibodeau)
Le ministre provincial de l’Agriculture, Scott MacKinnon, s’est rendu mardi dans la région. «We hear you, and we will be there», a-t-il lancé en anglais aux producteurs réunis dans la salle paroissiale de Saulnierville, promettant d’examiner «toutes les options», y compris une aide d’urgence.
Le ministère provincial de l’Agriculture a précisé par courriel que le programme d’assurance-récolte couvrirait «une partie des pertes» pour les producteurs inscrits. Problème : beaucoup de petites exploitations n’y sont pas inscrites.
C’est le cas de Natalie Saulnier, 31 ans, qui a repris l’an dernier les champs de son père à Rivière-aux-Saumons.
«J’ai payé la machinerie, les ruches, la main-d’œuvre. Tout était prêt. Mon père m’avait dit : “Les bleuets, c’est une année sur trois qui te paie.” Je pensais que ce serait celle-ci.
«Là, je ne sais pas si je vais louer des ruches l’an prochain. Les apiculteurs demandent 180 $ la ruche. Sans récolte, je ne peux pas suivre.
«Je ne lâcherai pas. Mais il va falloir que quelqu’un nous aide.»
Lire aussi : Pointe-de-l’Église : le quai sera reconstruit d’ici 2027
L’agronome Chantal Deveau, du Centre de recherche agricole de la Baie, se veut prudente. Les plants ne sont pas morts, rappelle-t-elle : «Le bleuet sauvage est une plante vivace. Les champs touchés cette année produiront normalement dans deux ans, puisque chaque champ n’est récolté qu’une année sur deux.»
Malgré tout, les organisateurs du «Festival du bleuet de la Baie» ont maintenu l’événement, prévu la deuxième fin de semaine d’août. «On aura peut-être moins de tartes, mais on aura du monde», de lancer en riant la présidente du comité, Lisette Doucet.
Partager
Abonnez-vous au Courrier pour 1 $ par semaine""",
    [
        (
            "Dans certains champs, je n’ai pas trouvé une fleur sur dix qui avait survécu",
            "Réjean Comeau",
            "Réjean Comeau",
            "raconte",
        ),
        (
            "On a allumé les éoliennes antigel à deux heures du matin, on a arrosé ce qu’on pouvait. Ça n’a pas suffi.",
            "Réjean Comeau",
            "Réjean Comeau",
            "raconte",
        ),
        ("au moins 70 %", "Réjean Comeau", "M. Comeau", "estime"),
        (
            "Les pertes varient de 30 à 90 % selon l’emplacement des champs. Les terrains bas, près des ruisseaux, ont été les plus touchés",
            "Monique Belliveau-Thériault",
            "Monique Belliveau-Thériault",
            "d’expliquer",
        ),
        (
            "On a des acheteurs au Japon et en Allemagne qui attendent nos bleuets en août. On va devoir leur dire la vérité, tôt",
            "Monique Belliveau-Thériault",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "Mieux vaut perdre un peu de crédibilité que toute la confiance.",
            "Monique Belliveau-Thériault",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "We hear you, and we will be there",
            "Scott MacKinnon",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("toutes les options", "Scott MacKinnon", ("a-t-il lancé", "il"), "promettant"),
        (
            "une partie des pertes",
            "ministère provincial de l’Agriculture",
            "Le ministère provincial de l’Agriculture",
            "a précisé",
        ),
        (
            "J’ai payé la machinerie, les ruches, la main-d’œuvre. Tout était prêt. Mon père m’avait dit : “Les bleuets, c’est une année sur trois qui te paie.” Je pensais que ce serait celle-ci.",
            "Natalie Saulnier",
            "Natalie Saulnier",
            None,
        ),
        (
            "Là, je ne sais pas si je vais louer des ruches l’an prochain. Les apiculteurs demandent 180 $ la ruche. Sans récolte, je ne peux pas suivre.",
            "Natalie Saulnier",
            "Natalie Saulnier",
            None,
        ),
        (
            "Je ne lâcherai pas. Mais il va falloir que quelqu’un nous aide.",
            "Natalie Saulnier",
            "Natalie Saulnier",
            None,
        ),
        (
            "Le bleuet sauvage est une plante vivace. Les champs touchés cette année produiront normalement dans deux ans, puisque chaque champ n’est récolté qu’une année sur deux.",
            "Chantal Deveau",
            ("rappelle-t-elle", "elle"),
            "rappelle",
        ),
        (
            "On aura peut-être moins de tartes, mais on aura du monde",
            "Lisette Doucet",
            "Lisette Doucet",
            "de lancer",
        ),
    ],
    ["Festival du bleuet de la Baie"],
)

article(
    "blind28-fr05",
    "fr",
    f"""À Namur, le Ciné Sambre sauvé par ses spectateurs

Menacé de fermeture, le plus vieux cinéma indépendant de la capitale wallonne a réuni 410 000 euros en six semaines grâce à un financement participatif. Sa programmatrice raconte.

Culture | Cinéma
Par Bénédicte Lhoest
Le 27/02/25 à 10:15 – Mise à jour le 27/02/25 à 12:40

Le 12 janvier, la nouvelle tombait comme un couperet : le propriétaire de l’immeuble, une société immobilière liégeoise, annonçait vouloir transformer les trois salles du Ciné Sambre en appartements. «{NNB}Le cinéma n’est plus une activité rentable au regard de la valeur du bâtiment{NNB}», écrivait alors Meuse Patrimoine dans un courrier adressé à l’ASBL qui gère le lieu.
Six semaines plus tard, la campagne «{NNB}Une place pour le Sambre{NNB}» a dépassé son objectif. Plus de 5 000 donateurs ont permis à l’ASBL de racheter le bâtiment. L’échevine namuroise de la Culture, Sarah Lambotte, a salué «{NNB}une mobilisation citoyenne exceptionnelle{NNB}», tout en précisant que la Ville avait apporté «{NNB}une garantie bancaire, pas un chèque{NNB}».
Le réalisateur Thomas Verhaegen, dont le premier long métrage, «{NNB}Les Nuits de Salzinnes{NNB}», avait été présenté en avant-première au Sambre en 2019, a relayé l’appel sur les réseaux sociaux. «{NNB}Sans cette salle, je n’aurais jamais fait de cinéma. J’y ai vu mes premiers films d’auteur à quatorze ans{NNB}», a-t-il écrit.
Lire aussi | Les cinémas de quartier font de la résistance
Publicité
Rencontre avec Delphine Vanderschueren, programmatrice du Ciné Sambre depuis 2008.
Comment avez-vous vécu ces six semaines ?
Comme un grand huit. Le premier soir, on a reçu 40 000 euros. Le troisième jour, un monsieur de 83 ans est venu au guichet avec une enveloppe. Il m’a dit : «{NNB}C’est ici que j’ai demandé ma femme en mariage, en 1964. Je ne vais pas laisser faire ça.{NNB}» Je me suis mise à pleurer devant lui.
Qu’est-ce qui va changer ?
Presque rien, et c’est voulu. On garde les trois salles, les tarifs, les ciné-clubs du mardi. On va refaire les sièges de la grande salle, qui datent de 1987, et isoler le toit. Les donateurs ne nous ont pas demandé de devenir un multiplexe.
Les multiplexes vous voient-ils comme un concurrent ?
Non. Le directeur d’un grand complexe de la périphérie m’a même appelée pour me féliciter. Il m’a dit en riant : «{NNB}Vous faites le travail que je ne peux pas faire.{NNB}» Je l’ai pris comme un compliment.
Et la suite ?
Rembourser la garantie de la Ville, d’abord. Ensuite, on rêve d’une quatrième salle, plus petite, pour les courts métrages et les documentaires. Mais chaque chose en son temps.
Le Ciné Sambre rouvrira ses portes le 7 mars avec une projection gratuite des «{NNB}Nuits de Salzinnes{NNB}», en présence de l’équipe du film. «{NNB}C’est la moindre des choses{NNB}», a sobrement commenté Thomas Verhaegen.
Cet article est paru dans Le Vif du 27 février 2025.
Partager : Facebook X LinkedIn""",
    [
        (
            "Le cinéma n’est plus une activité rentable au regard de la valeur du bâtiment",
            "Meuse Patrimoine",
            "Meuse Patrimoine",
            "écrivait",
        ),
        (
            "une mobilisation citoyenne exceptionnelle",
            "Sarah Lambotte",
            "Sarah Lambotte",
            "a salué",
        ),
        (
            "une garantie bancaire, pas un chèque",
            "Sarah Lambotte",
            "Sarah Lambotte",
            "précisant",
        ),
        (
            "Sans cette salle, je n’aurais jamais fait de cinéma. J’y ai vu mes premiers films d’auteur à quatorze ans",
            "Thomas Verhaegen",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "C’est ici que j’ai demandé ma femme en mariage, en 1964. Je ne vais pas laisser faire ça.",
            "monsieur",
            ("Il m’a dit :", "Il"),
            ("Il m’a dit :", "m’a dit"),
        ),
        (
            "Vous faites le travail que je ne peux pas faire.",
            "directeur",
            ("Il m’a dit en riant", "Il"),
            ("Il m’a dit en riant", "m’a dit"),
        ),
        (
            "C’est la moindre des choses",
            "Thomas Verhaegen",
            "Thomas Verhaegen",
            "a sobrement commenté",
        ),
    ],
    ["Une place pour le Sambre", "Les Nuits de Salzinnes", "Nuits de Salzinnes"],
)

article(
    "blind28-fr06",
    "fr",
    """Loïc Perrenoud: «On a joué avec nos tripes»

Hockey sur glace - Play-off de première ligue: le HC Chasseral arrache l’acte II face à l’EHC Seeland (4-3 ap) et égalise dans la série.

Par Yannick Jeanneret
Publié le 09.03.2025 à 22:48

Il restait 1’12 à jouer dans la prolongation quand Loïc Perrenoud a surgi au second poteau pour pousser le puck au fond des filets. Samedi soir, devant 1870 spectateurs survoltés à la patinoire du Pâquier, le HC Chasseral a battu l’EHC Seeland 4-3 et égalise à 1-1 dans ce quart de finale au meilleur des cinq matches. Dans les gradins, une banderole «Ici, on ne lâche rien» rappelait la devise du club.
«On a joué avec nos tripes. Après le 1-3, beaucoup d’équipes auraient lâché», a souligné le capitaine chasseralien, auteur d’un doublé. «Mais ce vestiaire ne lâche jamais. Jamais.»
Tout avait pourtant mal commencé pour les Jurassiens bernois, menés 1-3 à la mi-match après deux réussites en supériorité numérique des Seelandais. L’entraîneur Marc-André Bissonnette a alors tenté un coup de poker en sortant son gardien titulaire, Jérémie Gyger, au profit du jeune Noah Vuilleumier, 19 ans. «Je voulais un électrochoc, a expliqué le Québécois. Jérémie n’a rien fait de faux, mais il fallait changer quelque chose.»
Le portier remplaçant a réussi 17 arrêts sans encaisser. «Je ne m’y attendais pas du tout. Quand le coach m’a tapé sur l’épaule, j’ai cru qu’il voulait que j’ouvre la porte du banc», a rigolé Noah Vuilleumier.
À lire aussi: Le HC Chasseral prolonge son entraîneur jusqu’en 2027
Le but égalisateur de la 54e minute, inscrit par Perrenoud, a fait bondir le banc seelandais, qui réclamait une obstruction sur son gardien. Son entraîneur, Daniel Stucki, n’a pas mâché ses mots en zone mixte. «Das war nie ein Tor», a-t-il d’abord lâché en allemand, avant de poursuivre en français: «Le gardien est bousculé, tout le monde l’a vu sauf les arbitres. On va envoyer la vidéo à la ligue.»
«Deux matches, deux buts litigieux. Ça commence à faire beaucoup.»
Contactée dimanche, la Ligue suisse de hockey amateur (LSHA) a indiqué qu’elle «ne commente pas les décisions prises sur la glace». La LSHA précise toutefois qu’un recours reste possible «dans les 48 heures» suivant la rencontre.
Bissonnette, lui, ne veut pas entendre parler de polémique. «Ils peuvent envoyer toutes les vidéos qu’ils veulent. Mardi, on va à Bienne pour gagner», a-t-il conclu.
Acte III mardi à 20h à Bienne.
Partager sur WhatsApp
Partager sur Facebook""",
    [
        ("On a joué avec nos tripes", "Loïc Perrenoud", "Loïc Perrenoud", None),
        (
            "On a joué avec nos tripes. Après le 1-3, beaucoup d’équipes auraient lâché",
            "Loïc Perrenoud",
            "le capitaine chasseralien",
            "a souligné",
        ),
        (
            "Mais ce vestiaire ne lâche jamais. Jamais.",
            "Loïc Perrenoud",
            "le capitaine chasseralien",
            "a souligné",
        ),
        ("Je voulais un électrochoc", "Marc-André Bissonnette", "le Québécois", "a expliqué"),
        (
            "Jérémie n’a rien fait de faux, mais il fallait changer quelque chose.",
            "Marc-André Bissonnette",
            "le Québécois",
            "a expliqué",
        ),
        (
            "Je ne m’y attendais pas du tout. Quand le coach m’a tapé sur l’épaule, j’ai cru qu’il voulait que j’ouvre la porte du banc",
            "Noah Vuilleumier",
            "Noah Vuilleumier",
            "a rigolé",
        ),
        (
            "Das war nie ein Tor",
            "Daniel Stucki",
            ("a-t-il d’abord lâché", "il"),
            "a-t-il d’abord lâché",
        ),
        (
            "Le gardien est bousculé, tout le monde l’a vu sauf les arbitres. On va envoyer la vidéo à la ligue.",
            "Daniel Stucki",
            ("a-t-il d’abord lâché", "il"),
            "poursuivre",
        ),
        (
            "Deux matches, deux buts litigieux. Ça commence à faire beaucoup.",
            "Daniel Stucki",
            None,
            None,
        ),
        (
            "ne commente pas les décisions prises sur la glace",
            "Ligue suisse de hockey amateur",
            "la Ligue suisse de hockey amateur",
            "a indiqué",
        ),
        ("dans les 48 heures", "Ligue suisse de hockey amateur", "La LSHA", "précise"),
        (
            "Ils peuvent envoyer toutes les vidéos qu’ils veulent. Mardi, on va à Bienne pour gagner",
            "Marc-André Bissonnette",
            ("a-t-il conclu", "il"),
            "a-t-il conclu",
        ),
    ],
    ["Ici, on ne lâche rien"],
)

article(
    "blind28-fr07",
    "fr",
    f"""Dengue : «{NNB}On n’a jamais vu autant d’enfants hospitalisés{NNB}»

L’épidémie de dengue a été officiellement déclarée vendredi dans l’Ouest guyanais. À Saint-Laurent-du-Maroni, le service de pédiatrie du centre hospitalier du Maroni tourne à plein régime.

SANTÉ
Par Stéphanie Apatou
Publié le 18/04/2025 à 17h30

Les lits de camp ont fait leur apparition dans le couloir. Au premier étage du centre hospitalier du Maroni, les quatorze lits de pédiatrie sont occupés depuis dix jours, dont neuf par des enfants atteints de dengue. «{NNB}On n’a jamais vu autant d’enfants hospitalisés en même temps. Certains arrivent déshydratés, après trois ou quatre jours de fièvre à la maison{NNB}», s’inquiète le docteur Émilie Ringuet, cheffe du service.
L’agence régionale de santé (ARS) a franchi le cap vendredi en déclarant la phase épidémique pour l’ensemble des communes du fleuve. Dans un communiqué, l’agence fait état de «{NNB}1{NB}240 cas confirmés ou probables depuis janvier{NNB}», dont 86 hospitalisations, et appelle la population à «{NNB}éliminer sans délai les gîtes larvaires{NNB}» autour des habitations. La préfecture de Guyane a annoncé de son côté le renforcement des opérations de démoustication «{NNB}dans les quartiers les plus touchés, de jour comme de nuit{NNB}».
À lire aussi : Kourou : la piscine municipale rouvre après huit mois de travaux
PUBLICITÉ
Dans les quartiers informels de la Charbonnière et de Paddock, les médiatrices en santé de l’association Fleuve Santé vont de maison en maison. Parmi elles, Jocelyne Doekoe, 44 ans, une liasse de dépliants sous le bras. «{NNB}Les gens pensent que la dengue, c’est une grosse grippe. Je leur explique qu’il faut venir à l’hôpital si l’enfant vomit ou s’il saigne du nez{NNB}», explique-t-elle, avant de traduire ses conseils en nenge pour une famille installée sous un carbet.
Quelques maisons plus loin, Murielle, 29 ans, veille sur son fils de six ans, sorti la veille de l’hôpital. «{NNB}Il avait 40 de fièvre et il ne voulait plus boire. Le docteur m’a dit : “Madame, vous avez bien fait de venir, un jour de plus et c’était grave.” J’ai eu tellement peur{NNB}», confie-t-elle.
Pour le docteur Ringuet, la prévention reste la seule arme. «{NNB}Il n’y a pas de traitement. Ce qui sauve, c’est de repérer les signes d’alerte à temps{NNB}», rappelle-t-elle. Elle juge «{NNB}indispensable{NNB}» le recrutement de deux pédiatres supplémentaires, promis par l’ARS «{NNB}d’ici l’été{NNB}».
La campagne « Zéro gîte, zéro dengue » est diffusée depuis lundi à la radio en cinq langues. L’association Fleuve Santé, elle, dénonce «{NNB}un manque criant de moyens{NNB}» pour la médiation : ses six médiatrices couvrent un territoire de plus de 40 000 habitants.
Photo : Un agent de démoustication dans le quartier de la Charbonnière. © Stéphanie Apatou
Abonnez-vous à France-Guyane : 1 mois offert""",
    [
        ("On n’a jamais vu autant d’enfants hospitalisés", "Émilie Ringuet", None, None),
        (
            "On n’a jamais vu autant d’enfants hospitalisés en même temps. Certains arrivent déshydratés, après trois ou quatre jours de fièvre à la maison",
            "Émilie Ringuet",
            "Émilie Ringuet",
            "s’inquiète",
        ),
        (
            f"1{NB}240 cas confirmés ou probables depuis janvier",
            "agence régionale de santé",
            "l’agence",
            "fait état",
        ),
        (
            "éliminer sans délai les gîtes larvaires",
            "agence régionale de santé",
            "l’agence",
            "appelle",
        ),
        (
            "dans les quartiers les plus touchés, de jour comme de nuit",
            "préfecture de Guyane",
            "La préfecture de Guyane",
            "a annoncé",
        ),
        (
            "Les gens pensent que la dengue, c’est une grosse grippe. Je leur explique qu’il faut venir à l’hôpital si l’enfant vomit ou s’il saigne du nez",
            "Jocelyne Doekoe",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Il avait 40 de fièvre et il ne voulait plus boire. Le docteur m’a dit : “Madame, vous avez bien fait de venir, un jour de plus et c’était grave.” J’ai eu tellement peur",
            "Murielle",
            ("confie-t-elle", "elle"),
            "confie",
        ),
        (
            "Il n’y a pas de traitement. Ce qui sauve, c’est de repérer les signes d’alerte à temps",
            "Émilie Ringuet",
            ("rappelle-t-elle", "elle"),
            "rappelle",
        ),
        ("indispensable", "Émilie Ringuet", ("Elle juge", "Elle"), "juge"),
        ("d’ici l’été", "agence régionale de santé", "l’ARS", "promis"),
        (
            "un manque criant de moyens",
            "Fleuve Santé",
            "L’association Fleuve Santé",
            "dénonce",
        ),
    ],
    ["Zéro gîte, zéro dengue"],
)

article(
    "blind28-fr08",
    "fr",
    f"""Fès : dans la médina, ces familles qui refusent de quitter leurs maisons menacées

Société

Plus de 3 000 bâtisses de l’ancienne médina sont classées «menaçant ruine». Relogées à vingt kilomètres, des centaines de familles préfèrent rester, malgré le danger. Reportage.

Par Yasmine Benchekroun
Le 03/03/2025 à 11h12

Au fond du derb Ben Slimane, la façade est retenue par trois poutres de bois plantées dans la ruelle. À l’intérieur, une fissure large comme une main court du sol au plafond. C’est pourtant ici que Driss El Ouazzani, 67 ans, ancien dinandier, vit avec sa femme, sa fille et ses trois petits-enfants.
« Cette maison, mon grand-père l’a achetée en 1931. J’y suis né, mes enfants y sont nés. On me dit qu’elle va tomber, mais elle tient depuis cent ans.
« Ils nous ont proposé un appartement dans un lotissement à vingt kilomètres d’ici, sans bus le soir, sans travail. Ma femme m’a dit : “Si on part, on meurt de tristesse avant de mourir sous les pierres.”
« Alors on reste. Et on prie », soupire-t-il.
L’Agence de réhabilitation du bâti ancien de Fès (ARBAF), chargée du programme, recense 3 140 bâtisses menaçant ruine dans la médina, dont 620 jugées en situation d’urgence. Son directeur, Hicham Bennani, défend le relogement. «{NB}Nous ne pouvons pas laisser des familles dormir sous des plafonds qui peuvent céder à la première pluie. Chaque hiver, nous avons des effondrements{NB}», martèle-t-il.
«{NB}Le lotissement n’est pas idéal, je l’admets, a-t-il concédé. Mais une ligne de bus sera mise en service d’ici à l’automne.{NB}»
Lire aussi : Casablanca : le prix du mètre carré recule pour la première fois depuis 2019
Un rapport d’expertise commandé par l’ARBAF au bureau d’études Atlas Structures, que TelQuel a pu consulter, évoque pour la maison des El Ouazzani «un risque d’effondrement partiel à court terme». Un cadre de l’agence, qui a requis l’anonymat, reconnaît que «le relogement a été pensé comme une opération de chiffres, pas comme un projet de vie».
Pour l’architecte Salma Tazi-Filali, membre du collectif Médina vivante, une autre voie existe. “On sait consolider ces maisons. La terre, le bois, la chaux : ce sont des techniques que les maâlems maîtrisent depuis des siècles”, plaide-t-elle. Selon elle, consolider une maison coûte «deux à trois fois moins cher» que reloger une famille. Le collectif a lancé une pétition, «Restaurer plutôt que déplacer», signée par plus de 4 000 personnes.
Le ministère de l’Habitat a assuré dans un communiqué publié en janvier qu’«aucune famille ne sera expulsée par la force». Contacté par TelQuel, le conseil communal de Fès n’a pas donné suite.
Dans le derb, Driss El Ouazzani a installé un seau sous la fissure. «{NB}Quand il pleut, on écoute la maison{NB}», dit-il.
Newsletter TelQuel : recevez l’essentiel de l’actualité chaque matin
Crédit photo : Y. Benchekroun / TelQuel""",
    [
        (
            "Cette maison, mon grand-père l’a achetée en 1931. J’y suis né, mes enfants y sont nés. On me dit qu’elle va tomber, mais elle tient depuis cent ans.",
            "Driss El Ouazzani",
            ("soupire-t-il", "il"),
            "soupire",
        ),
        (
            "Ils nous ont proposé un appartement dans un lotissement à vingt kilomètres d’ici, sans bus le soir, sans travail. Ma femme m’a dit : “Si on part, on meurt de tristesse avant de mourir sous les pierres.”",
            "Driss El Ouazzani",
            ("soupire-t-il", "il"),
            "soupire",
        ),
        ("Alors on reste. Et on prie", "Driss El Ouazzani", ("soupire-t-il", "il"), "soupire"),
        (
            "Nous ne pouvons pas laisser des familles dormir sous des plafonds qui peuvent céder à la première pluie. Chaque hiver, nous avons des effondrements",
            "Hicham Bennani",
            ("martèle-t-il", "il"),
            "martèle",
        ),
        (
            "Le lotissement n’est pas idéal, je l’admets",
            "Hicham Bennani",
            ("a-t-il concédé", "il"),
            "a-t-il concédé",
        ),
        (
            "Mais une ligne de bus sera mise en service d’ici à l’automne.",
            "Hicham Bennani",
            ("a-t-il concédé", "il"),
            "a-t-il concédé",
        ),
        (
            "un risque d’effondrement partiel à court terme",
            "Atlas Structures",
            "Atlas Structures",
            "évoque",
        ),
        (
            "le relogement a été pensé comme une opération de chiffres, pas comme un projet de vie",
            "cadre",
            "Un cadre de l’agence",
            "reconnaît",
        ),
        (
            "On sait consolider ces maisons. La terre, le bois, la chaux : ce sont des techniques que les maâlems maîtrisent depuis des siècles",
            "Salma Tazi-Filali",
            ("plaide-t-elle", "elle"),
            "plaide",
        ),
        ("deux à trois fois moins cher", "Salma Tazi-Filali", ("Selon elle", "elle"), "Selon"),
        (
            "aucune famille ne sera expulsée par la force",
            "ministère de l’Habitat",
            "Le ministère de l’Habitat",
            "a assuré",
        ),
        (
            "Quand il pleut, on écoute la maison",
            "Driss El Ouazzani",
            ("dit-il", "il"),
            "dit",
        ),
    ],
    ["menaçant ruine", "Restaurer plutôt que déplacer"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind28_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
