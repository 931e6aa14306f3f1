# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind46_fr.jsonl: a forty-sixth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: oyster beds closed on the Arcachon
basin (Sud Ouest, south-west French regional: NBSP padding, a headline partial quote from a
plural group, a cue after, a follow-on quote after "Puis, plus bas :", a union with a short name
in brackets later named by it, a prefecture's written answer with "précise-t-elle", an unnamed
customer without a speech verb, a label name in marks), a rural maternity unit closing near
Bar-sur-Seine (L'Est Éclair, Aube health: NNBSP padding, a regional health agency quoted through
its letter and its local delegation, a follow-on quote without cue, a quote after a colon with
the speaker before, an interrupted quote with "a-t-elle réagi", a petition title in marks, an
unnamed midwife), a skatepark extension blocked by neighbours in Orbe (La Région, Swiss Nord
vaudois: unpadded « », a headline quote with no cue spoken later by a municipal, "Et d'ajouter",
a municipality quoted from its letter, a petition name in marks, an unnamed father, an indirect
partial quote), a folk festival giving up in Bouillon (Moustique, Belgian culture: straight "
marks, an association's Facebook post, a quote split over two sentences with no second cue, a
nested ' ' term, a ministerial cabinet quoted by partial quotes, an unnamed shopkeeper, a
festival name in marks), an octopus quota cut (Médias24, Moroccan business: plain-spaced marks,
a decision quoted as "Le texte", a federation president with a cue before a colon, an interrupted
quote, a research institute named by "l'institut", an anonymous source, an unnamed exporter), a
bakers' strike over the bread price in Oran (TSA, Algerian economy: plain-spaced marks, a
ministry quoted from its communiqué with pronoun cues, a Facebook post by an unnamed baker, an
interrupted quote with "dit-il", an economist with "estime-t-elle"), a market fire in Moundou
(Tchadinfos, Chadian society: plain-spaced marks, a headline partial quote repeated in the body,
a fire captain, a traders' association with a short name in brackets, the mayor by role noun, a
governor's communiqué, a sign in marks, an unnamed porter) and a fuel shortage in Gitega
(Iwacu, Burundian economy: NBSP padding, a headline partial quote, a subheading quote without
cue, a company spokesman's interrupted quote, a ministry's radio communiqué with pronoun cues, a
nested “ ” inside a quote, a follow-on closing quote with a colon cue). Padding varies: NBSP,
NNBSP, plain spaces, none. Gold conventions are those of build_dev.py; unnamed people are named
by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind46_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind46-fr01",
    "fr",
    f"""Bassin d'Arcachon : après trois semaines de fermeture, les ostréiculteurs de Lanton dénoncent «{NB}une saison sacrifiée{NB}»

Par Hélène Darrigade
Publié le 19/11/2026 à 17h42. Mis à jour à 18h10.

Les parcs du secteur de Lanton-Cassy restent interdits à la vente. La préfecture promet de nouvelles analyses d'ici la fin de la semaine.

Sur le port ostréicole de Cassy, les cabanes sont ouvertes, mais les étals restent vides. Depuis le 29 octobre, un arrêté préfectoral interdit la récolte et la commercialisation des huîtres d'une partie du bassin après la détection d'une contamination bactérienne dans les eaux du chenal. Mercredi matin, une quarantaine de professionnels se sont réunis devant la capitainerie.

«{NB}On nous demande d'attendre, mais les fêtes, ce n'est pas en février{NB}», lance Bixente Larrouy, 47 ans, installé depuis vingt ans sur le secteur. Il estime avoir déjà perdu «{NB}un bon tiers{NB}» de son chiffre d'affaires annuel.

Le président du Syndicat ostréicole du Sud-Bassin (SOSB), Fabrice Capdeville, réclame des contrôles plus rapides. «{NB}Les résultats mettent dix jours à revenir. Dix jours, pour un producteur, c'est une éternité{NB}», a-t-il expliqué. Puis, plus bas : «{NB}Certains jeunes ne passeront pas l'hiver.{NB}»

Lire aussi : Huîtres du Bassin : la filière mise sur le label «{NB}Perle de Cassy{NB}»

Un débat sur les réseaux d'assainissement

Les professionnels pointent du doigt les débordements du réseau d'eaux usées lors des fortes pluies de fin octobre. Dans un communiqué diffusé mardi, le syndicat intercommunal chargé de l'assainissement assure au contraire que ses installations ont fonctionné «{NB}sans aucun rejet non traité{NB}». Le SOSB, lui, parle d'«{NB}une réponse de communicant{NB}».

«{NB}Nous avons ouvert nos registres à l'État, indique de son côté le vice-président du syndicat intercommunal, Jean-Marc Loustalot. Nous n'avons rien à cacher.{NB}»

Contactée, la préfecture de la Gironde indique que de nouveaux prélèvements ont été réalisés lundi. «{NB}La levée de l'interdiction ne pourra intervenir qu'après deux séries d'analyses conformes consécutives{NB}», précise-t-elle dans une réponse écrite, sans avancer de date.

Sur le ponton, une cliente venue de Bordeaux repart les mains vides. «{NB}Je viens ici depuis trente ans, je n'ai jamais vu ça. Ça fait mal au cœur pour eux.{NB}»

L'élue régionale Maïté Sarrade, présente au rassemblement, a annoncé qu'elle demanderait «{NB}un fonds d'urgence{NB}» lors de la prochaine commission permanente. Selon elle, la Région pourrait mobiliser «{NB}plusieurs centaines de milliers d'euros{NB}» si l'État suit.

Les ostréiculteurs ont prévu de se retrouver samedi, cette fois devant la mairie de Lanton.

Photo : Sur le port de Cassy, mercredi. © Laurent Theillet / Sud Ouest

Partager : Facebook Twitter Mail""",
    [
        (
            "une saison sacrifiée",
            "ostréiculteurs de Lanton",
            "les ostréiculteurs de Lanton",
            "dénoncent",
        ),
        (
            "On nous demande d'attendre, mais les fêtes, ce n'est pas en février",
            "Bixente Larrouy",
            "Bixente Larrouy",
            "lance",
        ),
        ("un bon tiers", "Bixente Larrouy", ("Il estime", "Il"), "estime"),
        (
            "Les résultats mettent dix jours à revenir. Dix jours, pour un producteur, c'est une éternité",
            "Fabrice Capdeville",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Certains jeunes ne passeront pas l'hiver.",
            "Fabrice Capdeville",
            ("a-t-il expliqué", "il"),
            None,
        ),
        (
            "sans aucun rejet non traité",
            "syndicat intercommunal chargé de l'assainissement",
            "le syndicat intercommunal chargé de l'assainissement",
            "assure",
        ),
        ("une réponse de communicant", "Syndicat ostréicole du Sud-Bassin", "Le SOSB", "parle"),
        (
            "Nous avons ouvert nos registres à l'État",
            "Jean-Marc Loustalot",
            "Jean-Marc Loustalot",
            "indique",
        ),
        ("Nous n'avons rien à cacher.", "Jean-Marc Loustalot", "Jean-Marc Loustalot", "indique"),
        (
            "La levée de l'interdiction ne pourra intervenir qu'après deux séries d'analyses conformes consécutives",
            "préfecture de la Gironde",
            "la préfecture de la Gironde",
            "précise-t-elle",
        ),
        (
            "Je viens ici depuis trente ans, je n'ai jamais vu ça. Ça fait mal au cœur pour eux.",
            "cliente",
            "une cliente",
            None,
        ),
        ("un fonds d'urgence", "Maïté Sarrade", "Maïté Sarrade", "a annoncé"),
        (
            "plusieurs centaines de milliers d'euros",
            "Maïté Sarrade",
            ("Selon elle", "elle"),
            "Selon",
        ),
    ],
    ["Perle de Cassy"],
)

article(
    "blind46-fr02",
    "fr",
    f"""Bar-sur-Seine : la fermeture de la maternité de proximité fait bondir les élus

Aube | Santé
Par Romain Thévenot — 21 novembre 2026 à 06h00

Le centre périnatal de proximité de Bar-sur-Seine cessera ses consultations au 1er janvier. L'agence régionale de santé évoque un manque de sages-femmes ; les maires du secteur parlent de «{NNB}désert organisé{NNB}».

La nouvelle est tombée par courrier, mardi, dans les boîtes des vingt-deux maires de la communauté de communes. L'Agence régionale de santé Grand Est (ARS) y annonce que le centre périnatal installé au rez-de-chaussée de l'hôpital local «{NNB}ne peut plus fonctionner dans des conditions de sécurité satisfaisantes{NNB}», faute de personnel.

«{NNB}On a appris ça comme on apprend une amende{NNB}», peste Gérard Moutot, maire de Polisy et vice-président de l'intercommunalité. «{NNB}Pas un coup de fil, pas une réunion. Une lettre, point.{NNB}»

Jeudi soir, la salle des fêtes de Bar-sur-Seine était pleine. Au premier rang, Clémence Bourguignat, enceinte de sept mois, a fait ses calculs : «{NNB}Pour mon suivi, ce sera Troyes. Quarante minutes quand la route est bonne, une heure l'hiver.{NNB}» Elle craint que beaucoup de femmes du canton «{NNB}espacent les rendez-vous{NNB}».

Le point de vue de l'ARS

Contactée, la délégation territoriale de l'Aube de l'ARS assure que la décision est «{NNB}temporaire{NNB}». «{NNB}Dès que deux postes de sages-femmes seront pourvus, l'activité pourra reprendre{NNB}», nous a répondu la délégation, qui promet une «{NNB}navette de consultation{NNB}» un jour par semaine.

Un argument qui ne convainc pas la députée de la circonscription, Nadège Collardot. «{NNB}Le temporaire, dans nos campagnes, on sait comment ça finit, a-t-elle réagi. On a connu ça avec la pharmacie de garde, avec le bureau de poste. On ne reverra jamais ce service.{NNB}»

À LIRE AUSSI > Côte des Bar : le vignoble cherche 3{NB}000 saisonniers

Une pétition, «{NNB}Naître dans le Barséquanais{NNB}», lancée vendredi par un collectif de parents, dépassait les 1{NB}800 signatures samedi matin. Sa porte-parole, Élodie Gauthier, veut l'apporter elle-même au siège de l'agence, à Nancy. «{NNB}S'il faut prendre le car, on prendra le car{NNB}», prévient-elle.

Une sage-femme libérale du secteur, qui assure déjà une partie des suivis à domicile, se dit «{NNB}débordée depuis deux ans{NNB}». Le maire de Bar-sur-Seine doit rencontrer le directeur de l'hôpital local lundi.

Photo : La réunion publique a réuni plus de 200 personnes jeudi soir. ©Est Éclair / R. T.""",
    [
        ("désert organisé", "maires du secteur", "les maires du secteur", "parlent"),
        (
            "ne peut plus fonctionner dans des conditions de sécurité satisfaisantes",
            "Agence régionale de santé Grand Est",
            "L'Agence régionale de santé Grand Est",
            "annonce",
        ),
        ("On a appris ça comme on apprend une amende", "Gérard Moutot", "Gérard Moutot", "peste"),
        (
            "Pas un coup de fil, pas une réunion. Une lettre, point.",
            "Gérard Moutot",
            "Gérard Moutot",
            None,
        ),
        (
            "Pour mon suivi, ce sera Troyes. Quarante minutes quand la route est bonne, une heure l'hiver.",
            "Clémence Bourguignat",
            "Clémence Bourguignat",
            None,
        ),
        ("espacent les rendez-vous", "Clémence Bourguignat", ("Elle craint", "Elle"), "craint"),
        (
            "temporaire",
            "Agence régionale de santé Grand Est",
            "la délégation territoriale de l'Aube de l'ARS",
            "assure",
        ),
        (
            "Dès que deux postes de sages-femmes seront pourvus, l'activité pourra reprendre",
            "Agence régionale de santé Grand Est",
            "la délégation",
            "nous a répondu",
        ),
        (
            "navette de consultation",
            "Agence régionale de santé Grand Est",
            "la délégation",
            "promet",
        ),
        (
            "Le temporaire, dans nos campagnes, on sait comment ça finit",
            "Nadège Collardot",
            ("a-t-elle réagi", "elle"),
            "a-t-elle réagi",
        ),
        (
            "On a connu ça avec la pharmacie de garde, avec le bureau de poste. On ne reverra jamais ce service.",
            "Nadège Collardot",
            ("a-t-elle réagi", "elle"),
            "a-t-elle réagi",
        ),
        (
            "S'il faut prendre le car, on prendra le car",
            "Élodie Gauthier",
            ("prévient-elle", "elle"),
            "prévient-elle",
        ),
        ("débordée depuis deux ans", "sage-femme", "Une sage-femme", "se dit"),
    ],
    ["Naître dans le Barséquanais"],
)

article(
    "blind46-fr03",
    "fr",
    """«Ils ont vingt ans, ils ont besoin d'un endroit»: le skatepark d'Orbe divise le quartier des Granges

NORD VAUDOIS | Publié le 18.11.2026
Texte: Sébastien Perrottet

Un recours de voisins bloque l'agrandissement du skatepark communal. La Municipalité défend son projet, les riverains dénoncent «des nuisances jusqu'à minuit».

Le chantier devait commencer en octobre. Il n'a jamais débuté. Une opposition signée par quatorze propriétaires du chemin des Granges a été déposée auprès de la préfecture du district du Jura-Nord vaudois, et le projet d'agrandissement du skatepark d'Orbe, devisé à 480 000 francs, est suspendu.

«On n'a rien contre les jeunes, on a été jeunes aussi», assure Monique Délèze, qui habite à trente mètres de la rampe. «Mais le bruit des planches sur le béton, tous les soirs jusqu'à minuit, ce n'est plus vivable.» Elle dit avoir appelé la police «une dizaine de fois» depuis le printemps.

Le municipal des sports, Arnaud Jaquier, se dit «surpris» par l'ampleur de la fronde. «Le projet prévoit justement un mur antibruit et une fermeture à 22 heures, rappelle-t-il. Si le recours aboutit, on garde l'installation actuelle, sans mur et sans horaires. Personne n'y gagne.» Et d'ajouter, à propos des skateurs: «Ils ont vingt ans, ils ont besoin d'un endroit. On ne va pas les renvoyer sur les parkings.»

Les utilisateurs, eux, ont pris les devants. L'association Orbe Ride, qui compte une soixantaine de membres, a lancé une pétition intitulée «Laissez-nous rouler». Son président, Kilian Amstutz, 22 ans, ne cache pas sa lassitude. «On a tout fait dans les règles: les horaires, le ramassage des déchets, les cours pour les petits le mercredi. On voudrait juste qu'on nous laisse une chance.»

Dans une lettre adressée aux opposants et consultée par La Région, la Municipalité propose une séance de conciliation le 2 décembre. Elle s'y dit «prête à examiner toute mesure complémentaire raisonnable», y compris un éclairage coupé automatiquement.

À lire aussi: Yverdon-les-Bains: la piscine couverte rouvrira en mars

Un père de famille croisé près de la rampe samedi voit les choses autrement. «Mon fils passe ses après-midi ici plutôt que devant un écran. Je ne vois pas où est le problème.»

La préfète, Corinne Badoux, confirme avoir reçu le dossier. Elle entend «laisser une chance à la discussion» avant de statuer, indique-t-elle, et ne se prononcera pas avant janvier.

Légende: Le skatepark actuel, au bord de l'Orbe, date de 2019. PHOTO: MICHEL DUPERREX

Partager""",
    [
        ("Ils ont vingt ans, ils ont besoin d'un endroit", "Arnaud Jaquier", None, None),
        ("des nuisances jusqu'à minuit", "riverains", "les riverains", "dénoncent"),
        (
            "On n'a rien contre les jeunes, on a été jeunes aussi",
            "Monique Délèze",
            "Monique Délèze",
            "assure",
        ),
        (
            "Mais le bruit des planches sur le béton, tous les soirs jusqu'à minuit, ce n'est plus vivable.",
            "Monique Délèze",
            "Monique Délèze",
            None,
        ),
        ("une dizaine de fois", "Monique Délèze", ("Elle dit", "Elle"), "dit"),
        ("surpris", "Arnaud Jaquier", "Arnaud Jaquier", "se dit"),
        (
            "Le projet prévoit justement un mur antibruit et une fermeture à 22 heures",
            "Arnaud Jaquier",
            ("rappelle-t-il", "il"),
            "rappelle-t-il",
        ),
        (
            "Si le recours aboutit, on garde l'installation actuelle, sans mur et sans horaires. Personne n'y gagne.",
            "Arnaud Jaquier",
            ("rappelle-t-il", "il"),
            "rappelle-t-il",
        ),
        (
            "Ils ont vingt ans, ils ont besoin d'un endroit. On ne va pas les renvoyer sur les parkings.",
            "Arnaud Jaquier",
            "Arnaud Jaquier",
            "ajouter",
        ),
        (
            "On a tout fait dans les règles: les horaires, le ramassage des déchets, les cours pour les petits le mercredi. On voudrait juste qu'on nous laisse une chance.",
            "Kilian Amstutz",
            "Kilian Amstutz",
            None,
        ),
        (
            "prête à examiner toute mesure complémentaire raisonnable",
            "Municipalité d'Orbe",
            ("Elle s'y dit", "Elle"),
            "dit",
        ),
        (
            "Mon fils passe ses après-midi ici plutôt que devant un écran. Je ne vois pas où est le problème.",
            "père de famille",
            "Un père de famille",
            None,
        ),
        (
            "laisser une chance à la discussion",
            "Corinne Badoux",
            ("Elle entend", "Elle"),
            "indique-t-elle",
        ),
    ],
    ["Laissez-nous rouler"],
)

article(
    "blind46-fr04",
    "fr",
    """Musique - Le festival "Les Nuits de la Semois" jette l'éponge après quinze éditions

Publié le 20 novembre 2026 à 14h12 | Par Marie-Pierre Lefèvre

Culture

L'asbl qui organisait le rendez-vous folk de Bouillon annonce sa dissolution. En cause, des subsides en baisse et une facture de sécurité qui a doublé en trois ans.

C'était l'un de ces festivals à taille humaine que les habitués gardent jalousement pour eux. Trois soirs d'août, une scène posée sur les berges de la Semois, deux mille personnes maximum et une programmation folk et néo-trad qui avait fait venir, au fil des ans, des groupes de Bretagne, de Galice et du Québec. C'est fini.

Dans un message publié mardi soir sur sa page Facebook, l'asbl Semois en Fête écrit: "Après quinze éditions, nous n'avons plus ni l'énergie ni les moyens de continuer. Merci à vous tous, du fond du cœur." Le post a été partagé plus de trois mille fois en vingt-quatre heures.

Joint par Moustique, le fondateur du festival, Thierry Lambotte, ne cache pas son amertume. "On nous a demandé des barrières Heras, des stewards certifiés, une ambulance sur place en permanence. Chaque année une exigence de plus", énumère-t-il. "En 2023, la sécurité nous coûtait 18 000 euros. Cette année, 37 000."

Il vise aussi la Fédération Wallonie-Bruxelles, dont le soutien est passé de 25 000 à 15 000 euros. "On nous parle de 'rayonnement culturel' dans tous les discours, mais quand il faut signer le chèque, il n'y a plus personne."

Interrogé, le cabinet de la ministre de la Culture rappelle que les aides aux festivals ont été "réparties sur un plus grand nombre de projets" et assure qu'un dossier de reconnaissance pluriannuelle "aurait pu être introduit". Un argument que Thierry Lambotte balaie d'un revers de main: "On l'a introduit deux fois. Deux fois refusé."

Lire aussi: Esperanzah!, Dour, Ronquières: l'été des festivals en chiffres

À Bouillon, le bourgmestre, Philippe Dessart, parle d'"une vraie perte pour la commune". Selon lui, le festival générait "plusieurs centaines de nuitées" dans les campings et les gîtes de la vallée. Une commerçante de la Grand-Rue, qui tient une friterie depuis vingt ans, résume: "Le deuxième week-end d'août, c'était notre meilleur chiffre de l'année. Je ne sais pas ce qui va le remplacer."

Le groupe liégeois Les Frangins de l'Ourthe, programmé à six reprises, a lui aussi réagi. Son chanteur, Loïc Servais, évoque "une scène qui nous a tout appris".

Quant au matériel de l'asbl, scène et chapiteaux compris, il sera mis en vente en janvier. Une partie du produit ira, précise l'asbl, "à une association locale qui s'occupe des jeunes musiciens".

Partager: Facebook | X | LinkedIn | E-mail""",
    [
        (
            "Après quinze éditions, nous n'avons plus ni l'énergie ni les moyens de continuer. Merci à vous tous, du fond du cœur.",
            "Semois en Fête",
            "l'asbl Semois en Fête",
            "écrit",
        ),
        (
            "On nous a demandé des barrières Heras, des stewards certifiés, une ambulance sur place en permanence. Chaque année une exigence de plus",
            "Thierry Lambotte",
            ("énumère-t-il", "il"),
            "énumère-t-il",
        ),
        (
            "En 2023, la sécurité nous coûtait 18 000 euros. Cette année, 37 000.",
            "Thierry Lambotte",
            ("énumère-t-il", "il"),
            None,
        ),
        (
            "On nous parle de 'rayonnement culturel' dans tous les discours, mais quand il faut signer le chèque, il n'y a plus personne.",
            "Thierry Lambotte",
            ("Il vise", "Il"),
            None,
        ),
        (
            "réparties sur un plus grand nombre de projets",
            "cabinet de la ministre de la Culture",
            "le cabinet de la ministre de la Culture",
            "rappelle",
        ),
        (
            "aurait pu être introduit",
            "cabinet de la ministre de la Culture",
            "le cabinet de la ministre de la Culture",
            "assure",
        ),
        (
            "On l'a introduit deux fois. Deux fois refusé.",
            "Thierry Lambotte",
            "Thierry Lambotte",
            "balaie",
        ),
        ("une vraie perte pour la commune", "Philippe Dessart", "Philippe Dessart", "parle"),
        ("plusieurs centaines de nuitées", "Philippe Dessart", ("Selon lui", "lui"), "Selon"),
        (
            "Le deuxième week-end d'août, c'était notre meilleur chiffre de l'année. Je ne sais pas ce qui va le remplacer.",
            "commerçante",
            "Une commerçante",
            "résume",
        ),
        ("une scène qui nous a tout appris", "Loïc Servais", "Loïc Servais", "évoque"),
        (
            "à une association locale qui s'occupe des jeunes musiciens",
            "Semois en Fête",
            "l'asbl",
            "précise",
        ),
    ],
    ["Les Nuits de la Semois", "rayonnement culturel"],
)

article(
    "blind46-fr05",
    "fr",
    """Pêche : la campagne hivernale du poulpe s'ouvre avec un quota en baisse de 18 %

Le 17 novembre 2026 à 11h05
Par Karim Bennani

Le département de la Pêche maritime a fixé le total admissible des captures à un niveau jamais vu depuis 2019. Les armateurs hauturiers parlent d'un « coup dur », les scientifiques d'une « mesure de prudence ».

La campagne hivernale de pêche du poulpe dans la zone Sud démarre ce lundi, mais avec un quota réduit. Selon la décision publiée vendredi, le total admissible des captures est arrêté à 14 200 tonnes, contre 17 300 tonnes lors de la campagne précédente.

Le texte justifie cette baisse par « une diminution sensible de l'abondance des juvéniles observée lors de la campagne scientifique d'automne ». Il prévoit aussi un arrêt biologique anticipé « si les débarquements journaliers révèlent une proportion anormale d'individus sous-taille ».

Contacté par Médias24, Hamid Ouazzani, président de la Fédération des armateurs de la pêche hauturière de Dakhla (FAPHD), ne cache pas son inquiétude : « Nos charges n'ont pas baissé de 18 %, elles. Le gasoil, les salaires des marins, l'entretien des navires, tout a augmenté. »

« Nous respectons la science, poursuit-il. Mais nous demandons qu'on nous associe aux décisions, au lieu de les découvrir un vendredi soir. »

Pour l'Institut national de recherche halieutique (INRH), la réduction est au contraire nécessaire. Dans sa note de synthèse transmise aux professionnels, l'institut estime que le stock se trouve dans un état de « pleine exploitation » et recommande de « préserver la capacité de renouvellement de la ressource ».

Une source au sein du département de la Pêche maritime, qui a requis l'anonymat, défend la méthode. « Le quota n'est pas une sanction. Si la ressource se reconstitue, il sera revu à la hausse dès la campagne d'été. »

Côté pêche artisanale, le ton est plus tranché. Mbarek Lahlou, qui représente les coopératives de barques du village de pêche de Lassarga, dénonce une répartition « qui favorise toujours les gros ». Il réclame que la part des artisans soit portée à 30 % du quota global.

À lire aussi : Exportations de produits de la mer : le Japon reste le premier client du poulpe marocain

Sur le plan des prix, les mareyeurs anticipent déjà une hausse. « Moins de poulpe, c'est mécaniquement un prix plus haut à la première vente », résume un exportateur basé à Agadir, qui prévoit un kilo au-dessus de 90 dirhams dès la mi-décembre.

La campagne doit durer jusqu'au 31 mars, sauf arrêt anticipé.""",
    [
        ("coup dur", "armateurs hauturiers", "Les armateurs hauturiers", "parlent"),
        ("mesure de prudence", "scientifiques", "les scientifiques", "parlent"),
        (
            "une diminution sensible de l'abondance des juvéniles observée lors de la campagne scientifique d'automne",
            "département de la Pêche maritime",
            "Le texte",
            "justifie",
        ),
        (
            "si les débarquements journaliers révèlent une proportion anormale d'individus sous-taille",
            "département de la Pêche maritime",
            ("Il prévoit", "Il"),
            "prévoit",
        ),
        (
            "Nos charges n'ont pas baissé de 18 %, elles. Le gasoil, les salaires des marins, l'entretien des navires, tout a augmenté.",
            "Hamid Ouazzani",
            "Hamid Ouazzani",
            "ne cache pas son inquiétude",
        ),
        ("Nous respectons la science", "Hamid Ouazzani", ("poursuit-il", "il"), "poursuit-il"),
        (
            "Mais nous demandons qu'on nous associe aux décisions, au lieu de les découvrir un vendredi soir.",
            "Hamid Ouazzani",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "pleine exploitation",
            "Institut national de recherche halieutique",
            "l'institut",
            "estime",
        ),
        (
            "préserver la capacité de renouvellement de la ressource",
            "Institut national de recherche halieutique",
            "l'institut",
            "recommande",
        ),
        (
            "Le quota n'est pas une sanction. Si la ressource se reconstitue, il sera revu à la hausse dès la campagne d'été.",
            "source",
            "Une source",
            "défend",
        ),
        ("qui favorise toujours les gros", "Mbarek Lahlou", "Mbarek Lahlou", "dénonce"),
        (
            "Moins de poulpe, c'est mécaniquement un prix plus haut à la première vente",
            "exportateur",
            "un exportateur",
            "résume",
        ),
    ],
)

article(
    "blind46-fr06",
    "fr",
    """Pain à 15 dinars : des boulangers d'Oran ferment, le ministère menace

Par Nassim Belkacemi | 22 novembre 2026 à 16:40

Une trentaine de boulangeries d'Oran ont baissé le rideau samedi pour protester contre le prix réglementé de la baguette. Le ministère du Commerce parle d'une « grève illégale ».

Dans les quartiers de Haï Sabah et d'Es-Seddikia, les files d'attente se sont formées dès 6 heures devant les rares boulangeries ouvertes. « J'ai fait trois boulangeries avant de trouver du pain. À la quatrième, il n'en restait plus », raconte un retraité rencontré rue Larbi-Ben-M'hidi.

Les boulangers grévistes réclament une révision du prix de la baguette ordinaire, fixé à 10 dinars depuis plus de quinze ans, ou à défaut une hausse de la subvention de la farine. « On vend à perte depuis deux ans. La levure, l'électricité, le gaz, les salaires : tout a doublé, sauf le prix du pain », explique Rachid Benamar, qui tient une boulangerie à Haï Sabah depuis 1998.

Sur sa page Facebook, un autre boulanger du centre-ville a affiché une photo de son four éteint avec ce message : « Quinze ans à 10 dinars. Aujourd'hui, c'est le four qui se repose. » La publication a été partagée des milliers de fois.

Le ministère du Commerce et de la Promotion des exportations a réagi en fin de matinée. Dans un communiqué, il rappelle que la fermeture collective des commerces de première nécessité « constitue une infraction passible de sanctions » et annonce des contrôles « sans délai » dans la wilaya.

Joint par TSA, le secrétaire de wilaya de la Fédération nationale des boulangers (FNB), Djamel Tebboub, se désolidarise du mouvement tout en comprenant la colère. « La grève n'est pas la solution, dit-il, mais il faut entendre ce que disent ces gens. Nous avons déposé nos propositions au ministère il y a un an. Aucune réponse. »

Il évoque un prix « de 15 dinars, pas plus » pour la baguette de 250 grammes, avec un maintien du prix actuel pour le pain subventionné vendu dans les zones défavorisées.

À lire aussi : Farine subventionnée : l'OAIC annonce une hausse des quotas pour les minoteries

Pour l'économiste Samia Hadjadj, enseignante à l'université d'Oran 2, le problème est structurel. « L'État subventionne la farine, mais pas le reste. Tant qu'on ne remet pas tout à plat, on aura ce bras de fer chaque hiver », estime-t-elle.

En fin d'après-midi, une dizaine de boulangeries avaient rouvert. La FNB doit être reçue mardi par le directeur du commerce de la wilaya.

Commentaires (12) | Partager""",
    [
        (
            "grève illégale",
            "ministère du Commerce et de la Promotion des exportations",
            "Le ministère du Commerce",
            "parle",
        ),
        (
            "J'ai fait trois boulangeries avant de trouver du pain. À la quatrième, il n'en restait plus",
            "retraité",
            "un retraité",
            "raconte",
        ),
        (
            "On vend à perte depuis deux ans. La levure, l'électricité, le gaz, les salaires : tout a doublé, sauf le prix du pain",
            "Rachid Benamar",
            "Rachid Benamar",
            "explique",
        ),
        (
            "Quinze ans à 10 dinars. Aujourd'hui, c'est le four qui se repose.",
            "boulanger",
            "un autre boulanger",
            "a affiché",
        ),
        (
            "constitue une infraction passible de sanctions",
            "ministère du Commerce et de la Promotion des exportations",
            ("il rappelle", "il"),
            "rappelle",
        ),
        (
            "sans délai",
            "ministère du Commerce et de la Promotion des exportations",
            ("il rappelle", "il"),
            "annonce",
        ),
        ("La grève n'est pas la solution", "Djamel Tebboub", ("dit-il", "il"), "dit-il"),
        (
            "mais il faut entendre ce que disent ces gens. Nous avons déposé nos propositions au ministère il y a un an. Aucune réponse.",
            "Djamel Tebboub",
            ("dit-il", "il"),
            "dit-il",
        ),
        ("de 15 dinars, pas plus", "Djamel Tebboub", ("Il évoque", "Il"), "évoque"),
        (
            "L'État subventionne la farine, mais pas le reste. Tant qu'on ne remet pas tout à plat, on aura ce bras de fer chaque hiver",
            "Samia Hadjadj",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
    ],
)

article(
    "blind46-fr07",
    "fr",
    """Moundou : un incendie ravage une partie du grand marché, les commerçants accusent les « branchements sauvages »

Société | 20 novembre 2026 | Par Djimet Allamine Ngarti

Un incendie s'est déclaré dans la nuit de mardi à mercredi au grand marché de Moundou, chef-lieu de la province du Logone Occidental. Plus de 150 boutiques sont parties en fumée. Aucune perte en vie humaine n'est à déplorer.

Mercredi matin, des dizaines de commerçants fouillaient encore les décombres du secteur des tissus et des pagnes, le plus touché. Fatimé Haroun, vendeuse de wax depuis douze ans, montre ce qu'il reste de son étal : quelques ballots noircis. « Tout ce que j'avais est là-dedans. J'avais pris un crédit de 800 000 francs pour la fête, je ne sais pas comment je vais rembourser », dit-elle, en larmes.

Selon les sapeurs-pompiers, le feu serait parti d'un court-circuit. Les premiers véhicules sont arrivés « environ quarante minutes » après l'alerte, reconnaît le commandant de la compagnie de Moundou, le capitaine Mahamat Saleh Djibrine. « Nous n'avons que deux camions pour toute la ville, et l'un était en panne. Nos hommes ont fait ce qu'ils ont pu », a-t-il déclaré.

Les commerçants, eux, pointent les « branchements sauvages » qui courent d'une boutique à l'autre. « Tout le monde sait que les fils pendent partout, que certains tirent le courant sur le poteau du voisin », accuse Ngarlem Béassoum, secrétaire général de l'Association des commerçants du grand marché de Moundou (ACGMM). « Nous avons écrit à la mairie en 2024 et en 2025. On nous a répondu d'attendre. »

Le maire de Moundou, Ézéchiel Nodjimbaye, s'est rendu sur les lieux dans la matinée. Devant la presse, le maire a promis « un recensement de toutes les victimes d'ici samedi » et l'installation d'un poteau d'incendie à chaque entrée du marché. Il a appelé les commerçants à « ne pas céder à la colère ».

À lire aussi : N'Djamena : le marché de Dembé de nouveau sous les eaux

Dans un communiqué lu à la radio provinciale, le gouverneur du Logone Occidental annonce la mise en place d'une commission d'enquête et rappelle que « toute reconstruction anarchique sera démolie ». Un écriteau planté mercredi à l'entrée du secteur sinistré indique déjà : « Zone interdite – ne pas reconstruire ».

Un jeune porteur, qui dort habituellement dans le marché, raconte avoir donné l'alerte. « J'ai vu la fumée vers une heure. J'ai couru, j'ai crié, mais les boutiques étaient fermées à clé. »

Tchadinfos a tenté de joindre la Société nationale d'électricité, sans succès.

Photo : Le secteur des tissus du grand marché de Moundou, mercredi matin. Crédit : Tchadinfos

Partagez cet article""",
    [
        ("branchements sauvages", "commerçants", "les commerçants", "accusent"),
        (
            "Tout ce que j'avais est là-dedans. J'avais pris un crédit de 800 000 francs pour la fête, je ne sais pas comment je vais rembourser",
            "Fatimé Haroun",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
        (
            "environ quarante minutes",
            "Mahamat Saleh Djibrine",
            "le capitaine Mahamat Saleh Djibrine",
            "reconnaît",
        ),
        (
            "Nous n'avons que deux camions pour toute la ville, et l'un était en panne. Nos hommes ont fait ce qu'ils ont pu",
            "Mahamat Saleh Djibrine",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("branchements sauvages", "commerçants", "Les commerçants", "pointent"),
        (
            "Tout le monde sait que les fils pendent partout, que certains tirent le courant sur le poteau du voisin",
            "Ngarlem Béassoum",
            "Ngarlem Béassoum",
            "accuse",
        ),
        (
            "Nous avons écrit à la mairie en 2024 et en 2025. On nous a répondu d'attendre.",
            "Ngarlem Béassoum",
            "Ngarlem Béassoum",
            None,
        ),
        (
            "un recensement de toutes les victimes d'ici samedi",
            "Ézéchiel Nodjimbaye",
            "le maire",
            "a promis",
        ),
        ("ne pas céder à la colère", "Ézéchiel Nodjimbaye", ("Il a appelé", "Il"), "a appelé"),
        (
            "toute reconstruction anarchique sera démolie",
            "gouverneur du Logone Occidental",
            "le gouverneur du Logone Occidental",
            "rappelle",
        ),
        (
            "J'ai vu la fumée vers une heure. J'ai couru, j'ai crié, mais les boutiques étaient fermées à clé.",
            "porteur",
            "Un jeune porteur",
            "raconte",
        ),
    ],
    ["Zone interdite – ne pas reconstruire"],
)

article(
    "blind46-fr08",
    "fr",
    f"""Gitega/Carburant : les taxis-motos « à genoux » après deux semaines de pénurie

Économie
Par Aloys Niyonkuru
Date de publication : 23/11/2026

Depuis le début du mois, les stations-service de la capitale politique ne sont approvisionnées qu'un jour sur trois. Au marché noir, le litre d'essence se vend jusqu'à trois fois son prix officiel. Reportage.

Lundi, 7 heures, station du rond-point de Mushasha. La file de motos s'étire sur plus de trois cents mètres. Certains conducteurs ont passé la nuit sur place. «{NB}Je suis arrivé à 22 heures hier. Si je pars, je perds ma place, et si je perds ma place, je ne travaille pas cette semaine{NB}», confie Jean-Bosco Hakizimana, taxi-motard depuis six ans.

Autour de lui, la colère est palpable. Un de ses collègues, la trentaine, résume la situation en une phrase : «{NB}Nous sommes à genoux.{NB}» Il explique qu'il ne fait plus que deux ou trois courses par jour, contre une quinzaine avant la pénurie.

«{NB}Une question de devises{NB}»

Interrogé sur les causes, le porte-parole de la Société pétrolière du Burundi (Sopebu), Éric Manirakiza, évoque «{NB}une question de devises{NB}». «{NB}Les importateurs n'obtiennent pas les dollars à temps, précise-t-il. Les camions sont bloqués à la frontière en attendant les paiements.{NB}»

Le ministère de l'Hydraulique, de l'Énergie et des Mines, lui, se veut rassurant. Dans un communiqué lu dimanche à la radio nationale, il affirme que «{NB}des cargaisons importantes sont en route{NB}» et que la situation reviendra «{NB}à la normale d'ici la fin du mois{NB}». Il met en garde les revendeurs clandestins, qui s'exposent à «{NB}des poursuites judiciaires{NB}».

Des promesses que les usagers ont déjà entendues. «{NB}On nous dit “fin du mois” depuis le mois de mars{NB}», ironise Spès Ndayishimiye, commerçante au marché central, qui paie désormais 3{NB}000 francs la course qu'elle payait 1{NB}000.

Lire aussi : Bujumbura : le prix du sucre s'envole, les boulangers inquiets

Pour Gabriel Nduwimana, président de l'Association des consommateurs du Burundi (ACB), les conséquences dépassent largement le transport. «{NB}Quand le carburant manque, tout augmente : le haricot, le riz, le charbon. Ce sont les ménages les plus pauvres qui paient{NB}», alerte-t-il. L'association demande au gouvernement «{NB}un plan de transparence{NB}» sur les stocks disponibles.

Vers 11 heures, un camion-citerne est enfin arrivé à la station de Mushasha. Un pompiste annonce que chaque moto ne pourra recevoir que cinq litres. Jean-Bosco Hakizimana hausse les épaules : «{NB}Cinq litres, c'est deux jours. Après, on recommence.{NB}»

Photo : La file d'attente devant une station-service de Gitega, lundi 23 novembre. ©Iwacu

Partager : Facebook Twitter WhatsApp""",
    [
        ("à genoux", "taxis-motos", "les taxis-motos", None),
        (
            "Je suis arrivé à 22 heures hier. Si je pars, je perds ma place, et si je perds ma place, je ne travaille pas cette semaine",
            "Jean-Bosco Hakizimana",
            "Jean-Bosco Hakizimana",
            "confie",
        ),
        ("Nous sommes à genoux.", "collègue", "Un de ses collègues", "résume"),
        ("Une question de devises", "Éric Manirakiza", None, None),
        ("une question de devises", "Éric Manirakiza", "Éric Manirakiza", "évoque"),
        (
            "Les importateurs n'obtiennent pas les dollars à temps",
            "Éric Manirakiza",
            ("précise-t-il", "il"),
            "précise-t-il",
        ),
        (
            "Les camions sont bloqués à la frontière en attendant les paiements.",
            "Éric Manirakiza",
            ("précise-t-il", "il"),
            "précise-t-il",
        ),
        (
            "des cargaisons importantes sont en route",
            "ministère de l'Hydraulique, de l'Énergie et des Mines",
            ("il affirme", "il"),
            "affirme",
        ),
        (
            "à la normale d'ici la fin du mois",
            "ministère de l'Hydraulique, de l'Énergie et des Mines",
            ("il affirme", "il"),
            "affirme",
        ),
        (
            "des poursuites judiciaires",
            "ministère de l'Hydraulique, de l'Énergie et des Mines",
            ("Il met en garde", "Il"),
            "met en garde",
        ),
        (
            "On nous dit “fin du mois” depuis le mois de mars",
            "Spès Ndayishimiye",
            "Spès Ndayishimiye",
            "ironise",
        ),
        (
            "Quand le carburant manque, tout augmente : le haricot, le riz, le charbon. Ce sont les ménages les plus pauvres qui paient",
            "Gabriel Nduwimana",
            ("alerte-t-il", "il"),
            "alerte-t-il",
        ),
        (
            "un plan de transparence",
            "Association des consommateurs du Burundi",
            "L'association",
            "demande",
        ),
        (
            "Cinq litres, c'est deux jours. Après, on recommence.",
            "Jean-Bosco Hakizimana",
            "Jean-Bosco Hakizimana",
            None,
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind46_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
