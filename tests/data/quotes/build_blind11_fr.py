# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind11_fr.jsonl: an eleventh blind French quotation set (written for depeche, CC0).

Written blind by a helper for depeche who never read the quotes code, so that its score is an
honest, blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on.
Everything is invented: people, places, organisations, newspapers' stories. Beats: an online
investigation into a ministry's consulting contracts (emails quoted, the minister's entourage,
a lawyer's written answers), a mountain rescue in the Alps (gendarmerie captain, rescued hiker,
mayor), a morning radio interview (host questions, guest answers with quotes inside), a
translated foreign-press piece (a foreign president, the opposition), a Belgian coalition
negotiation (party chairs, the informateur, with “ ” and straight marks), a cycling mountain
stage (rider, directeur sportif, race doctor), a glacier giving back a lost plane (police
spokesman, archaeologist, a multi-paragraph quote from a granddaughter) and a village buying its
last bakery (baker, mayor, unnamed residents, a social-media post). Padding varies: NBSP, NNBSP,
plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind11_fr.py`` after editing.
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
    "blind11-fr01",
    "fr",
    f"""Contrats de conseil : au ministère de la Mer, « il faut que ça passe avant l’été »

Par Inès Carbonnel et Hugo Lestrade
23 novembre 2026 à 07h12

Enquête. Selon des documents consultés par notre rédaction, le cabinet de la ministre de la Mer, Clarisse Vaudrey, a accéléré à l’automne 2025 l’attribution de trois contrats à la société Halcyon Conseil, pour un montant total de 4,2 millions d’euros. Dans un courriel daté du 14 octobre, le directeur adjoint du cabinet, Romain Achard, écrit à un haut fonctionnaire : «{NB}Il faut que ça passe avant l’été. La ministre y tient personnellement.{NB}»

Quelques jours plus tard, un agent de la direction des affaires maritimes s’inquiète, par écrit, d’un calendrier «{NB}intenable{NB}». «{NB}Nous n’avons reçu qu’une seule offre et elle dépasse l’enveloppe de 30 %{NB}», note-t-il dans un message transmis à sa hiérarchie.

Partager cet article : Facebook · X · LinkedIn · Copier le lien

Halcyon Conseil a été fondée en 2019 par Bastien Morvan, un ancien camarade de promotion de M. Achard. Interrogé, ce dernier n’a pas souhaité répondre à nos questions. Dans une réponse écrite, son avocat, Me Gaspard Thiriet, affirme que son client «{NB}n’a jamais pesé sur le choix d’un prestataire{NB}» et qu’il «{NB}se réserve le droit de poursuivre toute allégation diffamatoire{NB}».

Du côté de la ministre, on dément toute irrégularité. «{NNB}La procédure a été suivie à la lettre, de bout en bout{NNB}», assure l’entourage de Clarisse Vaudrey, qui évoque un «{NNB}besoin urgent{NNB}» lié à la préparation du plan «{NNB}Littoral 2030{NNB}».

Lire aussi : Marchés publics : ce que dit vraiment le code de la commande publique

Un document interne de la direction du budget, daté de décembre, se montre pourtant sévère. Les auteurs y relèvent que «{NB}les livrables attendus ne sont définis nulle part{NB}» et jugent le prix unitaire des journées de conseil «{NB}sans équivalent dans les marchés comparables{NB}».

Contacté jeudi, Bastien Morvan a défendu le travail de son cabinet. « Nous avons produit onze rapports en six mois. Qui dit mieux ? » a-t-il lancé au téléphone, avant de raccrocher.

Un haut fonctionnaire du ministère, qui a requis l’anonymat, décrit une ambiance «{NB}de pression permanente{NB}». «{NB}On nous demandait de signer d’abord et de vérifier ensuite, raconte-t-il. Personne n’osait dire non au cabinet.{NB}»

Au Sénat, la présidente de la commission des finances, Marie-Odile Lancrey, a annoncé vendredi qu’elle demanderait la communication de l’ensemble des pièces. «{NB}Si les faits sont avérés, ils sont graves{NB}», a-t-elle estimé sur le réseau social Bluesky. La sénatrice souhaite entendre Mme Vaudrey «{NB}dans les plus brefs délais{NB}».

Le parquet national financier, sollicité, indique qu’il «{NB}prend connaissance des éléments publiés{NB}» et qu’aucune enquête n’est ouverte à ce stade.

Inscrivez-vous à notre lettre d’information quotidienne""",
    [
        ("il faut que ça passe avant l’été", "Romain Achard", None, None),
        (
            "Il faut que ça passe avant l’été. La ministre y tient personnellement.",
            "Romain Achard",
            "Romain Achard",
            "écrit",
        ),
        ("intenable", "agent", "un agent de la direction des affaires maritimes", "s’inquiète"),
        (
            "Nous n’avons reçu qu’une seule offre et elle dépasse l’enveloppe de 30 %",
            "agent",
            ("note-t-il", "il"),
            "note-t-il",
        ),
        (
            "n’a jamais pesé sur le choix d’un prestataire",
            "Gaspard Thiriet",
            "Me Gaspard Thiriet",
            "affirme",
        ),
        (
            "se réserve le droit de poursuivre toute allégation diffamatoire",
            "Gaspard Thiriet",
            "Me Gaspard Thiriet",
            "affirme",
        ),
        (
            "La procédure a été suivie à la lettre, de bout en bout",
            "entourage",
            "l’entourage de Clarisse Vaudrey",
            "assure",
        ),
        ("besoin urgent", "entourage", "l’entourage de Clarisse Vaudrey", "évoque"),
        (
            "les livrables attendus ne sont définis nulle part",
            "direction du budget",
            "Les auteurs",
            "relèvent",
        ),
        (
            "sans équivalent dans les marchés comparables",
            "direction du budget",
            "Les auteurs",
            "jugent",
        ),
        (
            "Nous avons produit onze rapports en six mois. Qui dit mieux ?",
            "Bastien Morvan",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("de pression permanente", "fonctionnaire", "Un haut fonctionnaire", "décrit"),
        (
            "On nous demandait de signer d’abord et de vérifier ensuite",
            "fonctionnaire",
            ("raconte-t-il", "il"),
            "raconte-t-il",
        ),
        (
            "Personne n’osait dire non au cabinet.",
            "fonctionnaire",
            ("raconte-t-il", "il"),
            "raconte-t-il",
        ),
        (
            "Si les faits sont avérés, ils sont graves",
            "Marie-Odile Lancrey",
            ("a-t-elle estimé", "elle"),
            "a-t-elle estimé",
        ),
        ("dans les plus brefs délais", "Marie-Odile Lancrey", "La sénatrice", "souhaite"),
        (
            "prend connaissance des éléments publiés",
            "parquet national financier",
            "Le parquet national financier",
            "indique",
        ),
    ],
    ["Littoral 2030"],
)


article(
    "blind11-fr02",
    "fr",
    f"""Isère : un randonneur secouru après deux nuits bloqué sous la Tête de Combeyre

Le Courrier des Alpes | Par Solène Bouvard | Publié le 22/11/2026 à 19:34

Photo : PGHM de l’Isère

Il avait quitté le hameau des Granges samedi matin pour une boucle de sept heures. Thomas Béraud, un randonneur lyonnais de 58 ans, a été hélitreuillé lundi en fin de matinée sur une vire à 2 400 mètres d’altitude, sous la Tête de Combeyre, après deux nuits passées dans le froid.

«C’est un miracle qu’il soit encore en vie», a reconnu la capitaine Lucie Ferrand, qui commande le peloton de gendarmerie de haute montagne (PGHM) de Saint-Aulnay. «Avec le vent qu’il y avait dimanche, la température ressentie est descendue sous les moins quinze.»

L’alerte avait été donnée dimanche soir par l’épouse du randonneur, inquiète de ne pas le voir rentrer. Les conditions météo ont empêché l’hélicoptère de décoller avant lundi matin. Selon l’officier, le quinquagénaire a eu «les bons réflexes» : il s’est abrité sous un surplomb, a enfilé toutes ses couches et a économisé la batterie de son téléphone.

Partager : Facebook | WhatsApp | E-mail

Joint par téléphone à l’hôpital de Grenoble, où il est soigné pour des gelures aux pieds, Thomas Béraud raconte avoir glissé sur une plaque de neige gelée. « J’ai voulu couper par un couloir pour gagner une heure. Erreur de débutant », admet le randonneur, qui parcourt le massif depuis trente ans. « La deuxième nuit, j’ai commencé à parler tout seul, pour ne pas m’endormir. »

Il dit avoir aperçu la lumière du phare de l’hélicoptère « comme une étoile qui grossissait ». « Quand le secouriste a posé la main sur mon épaule, j’ai pleuré », confie-t-il.

Lire aussi : Randonnée en automne : les cinq erreurs qui coûtent cher

La capitaine Ferrand rappelle que le sentier dit « des Crêtes Noires », très fréquenté l’été, devient dangereux dès les premières neiges. « Les gens regardent la météo de la vallée, pas celle des sommets », regrette-t-elle. Elle recommande l’application « Alerte Cimes », qui permet de transmettre sa position même avec un réseau faible.

Le maire de Saint-Aulnay, Régis Pallud, souhaite aller plus loin. «{NNB}On va installer des panneaux à chaque départ de sentier, avec les horaires de coucher du soleil{NNB}», a-t-il annoncé mardi au Courrier des Alpes. L’élu déplore «{NNB}une forme d’insouciance{NNB}» chez certains visiteurs, mais refuse d’envisager des fermetures. «{NNB}La montagne appartient à tout le monde. Notre rôle, c’est d’informer, pas d’interdire.{NNB}»

Depuis le début de l’année, le PGHM de Saint-Aulnay a mené 214 interventions, un chiffre en hausse de 12 % par rapport à 2025, d’après la préfecture de l’Isère.

Recevez chaque matin l’essentiel de l’actualité de votre vallée""",
    [
        (
            "C’est un miracle qu’il soit encore en vie",
            "Lucie Ferrand",
            "la capitaine Lucie Ferrand",
            "a reconnu",
        ),
        (
            "Avec le vent qu’il y avait dimanche, la température ressentie est descendue sous les moins quinze.",
            "Lucie Ferrand",
            "la capitaine Lucie Ferrand",
            None,
        ),
        ("les bons réflexes", "Lucie Ferrand", "l’officier", "Selon"),
        (
            "J’ai voulu couper par un couloir pour gagner une heure. Erreur de débutant",
            "Thomas Béraud",
            "le randonneur",
            "admet",
        ),
        (
            "La deuxième nuit, j’ai commencé à parler tout seul, pour ne pas m’endormir.",
            "Thomas Béraud",
            "le randonneur",
            None,
        ),
        ("comme une étoile qui grossissait", "Thomas Béraud", ("Il dit", "Il"), "dit"),
        (
            "Quand le secouriste a posé la main sur mon épaule, j’ai pleuré",
            "Thomas Béraud",
            ("confie-t-il", "il"),
            "confie-t-il",
        ),
        (
            "Les gens regardent la météo de la vallée, pas celle des sommets",
            "Lucie Ferrand",
            ("regrette-t-elle", "elle"),
            "regrette-t-elle",
        ),
        (
            "On va installer des panneaux à chaque départ de sentier, avec les horaires de coucher du soleil",
            "Régis Pallud",
            ("a-t-il annoncé", "il"),
            "a-t-il annoncé",
        ),
        ("une forme d’insouciance", "Régis Pallud", "L’élu", "déplore"),
        (
            "La montagne appartient à tout le monde. Notre rôle, c’est d’informer, pas d’interdire.",
            "Régis Pallud",
            "L’élu",
            None,
        ),
    ],
    ["des Crêtes Noires", "Alerte Cimes"],
)


article(
    "blind11-fr03",
    "fr",
    f"""Le ministre du Logement social sur Radio Cité : «{NB}Je ne signerai pas ce décret en l’état{NB}»

Par la rédaction | 23/11/2026 - 08h51 | Temps de lecture : 3 min

Invité de la matinale de Radio Cité ce lundi, le ministre délégué aux Quartiers, Yanis Bellamine, a pris ses distances avec le projet de décret sur les loyers encadrés porté par Bercy. Extraits.

Interrogé d’emblée sur les tensions au sein du gouvernement, le ministre a refusé de parler de crise. «{NB}Il n’y a pas de fronde. Il y a un désaccord de méthode, et je l’assume{NB}», a-t-il répondu à Agathe Miremont, qui présente la tranche 7-9.

«{NB}Mais allez-vous signer ce décret{NB}?{NB}» a insisté la journaliste. «{NB}Je ne signerai pas ce décret en l’état. Il oublie les villes moyennes, où les loyers ont augmenté plus vite qu’à Paris{NB}», a tranché Yanis Bellamine.

Le ministre a cité un courrier reçu la semaine dernière d’une locataire de Montbrison-le-Vieux. «{NB}Elle m’écrit : “Je paie 48 % de mon salaire pour un deux-pièces humide.” Voilà la réalité que je dois regarder en face{NB}», a-t-il raconté.

▶ Réécoutez l’interview en intégralité sur notre application

Sur la suite, M. Bellamine s’est montré prudent. Il a évoqué des discussions «{NB}constructives{NB}» avec le ministre de l’Économie, Frédéric Aubriot, tout en jugeant que le texte actuel était «{NB}écrit depuis un bureau, pas depuis une cage d’escalier{NB}».

«{NB}Est-ce que vous pourriez démissionner ?{NB}», lui a demandé Agathe Miremont. Long silence. «{NB}Ce n’est pas la question. Je suis là pour obtenir des résultats, pas pour faire des coups{NB}», a finalement répondu l’ancien maire de Vénissan.

Lire aussi : Encadrement des loyers : ce que prévoit le projet de décret

À Bercy, on relativise. «{NB}Le dialogue se poursuit et le décret sera publié avant la fin de l’année{NB}», a indiqué le cabinet de Frédéric Aubriot à l’AFP dans la matinée. Un conseiller du ministre de l’Économie, sous couvert d’anonymat, se montre plus piquant : «{NB}Yanis fait de la radio. Nous, on fait des textes.{NB}»

La présidente de l’Union des locataires, Géraldine Fosse, a salué sur X «{NB}un ministre qui parle enfin comme les gens{NB}». Elle appelle à une concertation «{NB}avant, et non après, la publication{NB}».

En fin d’entretien, interrogé sur son avenir, Yanis Bellamine a esquissé un sourire : «{NB}Mon avenir, c’est la rentrée des HLM, pas la présidentielle.{NB}»

Vos réactions (214) · Partager · Signaler une erreur""",
    [
        ("Je ne signerai pas ce décret en l’état", "Yanis Bellamine", None, None),
        (
            "Il n’y a pas de fronde. Il y a un désaccord de méthode, et je l’assume",
            "Yanis Bellamine",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        (
            f"Mais allez-vous signer ce décret{NB}?",
            "Agathe Miremont",
            "la journaliste",
            "a insisté",
        ),
        (
            "Je ne signerai pas ce décret en l’état. Il oublie les villes moyennes, où les loyers ont augmenté plus vite qu’à Paris",
            "Yanis Bellamine",
            "Yanis Bellamine",
            "a tranché",
        ),
        (
            "Elle m’écrit : “Je paie 48 % de mon salaire pour un deux-pièces humide.” Voilà la réalité que je dois regarder en face",
            "Yanis Bellamine",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        ("constructives", "Yanis Bellamine", ("Il a évoqué", "Il"), "a évoqué"),
        (
            "écrit depuis un bureau, pas depuis une cage d’escalier",
            "Yanis Bellamine",
            ("Il a évoqué", "Il"),
            "jugeant",
        ),
        (
            "Est-ce que vous pourriez démissionner ?",
            "Agathe Miremont",
            "Agathe Miremont",
            "lui a demandé",
        ),
        (
            "Ce n’est pas la question. Je suis là pour obtenir des résultats, pas pour faire des coups",
            "Yanis Bellamine",
            "l’ancien maire de Vénissan",
            "a finalement répondu",
        ),
        (
            "Le dialogue se poursuit et le décret sera publié avant la fin de l’année",
            "cabinet de Frédéric Aubriot",
            "le cabinet de Frédéric Aubriot",
            "a indiqué",
        ),
        (
            "Yanis fait de la radio. Nous, on fait des textes.",
            "conseiller",
            "Un conseiller du ministre de l’Économie",
            "se montre plus piquant",
        ),
        (
            "un ministre qui parle enfin comme les gens",
            "Géraldine Fosse",
            "Géraldine Fosse",
            "a salué",
        ),
        ("avant, et non après, la publication", "Géraldine Fosse", "Elle", "appelle"),
        (
            "Mon avenir, c’est la rentrée des HLM, pas la présidentielle.",
            "Yanis Bellamine",
            "Yanis Bellamine",
            "a esquissé un sourire",
        ),
    ],
)


article(
    "blind11-fr04",
    "fr",
    """Valdrésie. Le président Orlan veut « rendre le fleuve au peuple », l’opposition dénonce un coup de force

Courrier mondial — Traduit de l’espagnol — Publié le 21 novembre 2026

Cet article est paru dans El Centinela, quotidien indépendant de Puerto Alzaga. Il a été traduit par notre rédaction.

Le président Matis Orlan a signé mercredi soir le décret de nationalisation des trois barrages hydroélectriques du fleuve Cuareno, jusqu’ici exploités par un consortium étranger. Devant une foule massée sur la place de la Constitution, le chef de l’État a promis de « rendre le fleuve au peuple ».

« Pendant vingt ans, l’eau de nos montagnes a éclairé les villes des autres. À partir de ce soir, elle éclairera d’abord nos écoles », a-t-il lancé, sous les acclamations.

Le consortium Hidrosur, qui détient les concessions jusqu’en 2041, a réagi dans la nuit par un communiqué laconique. Il y qualifie la décision d’« expropriation sans base légale » et annonce saisir un tribunal arbitral international.

Lire aussi : En Amérique latine, la tentation des nationalisations revient

Dans l’opposition, le ton est tout aussi vif. « Le président ne nationalise pas des barrages, il nationalise sa campagne électorale », ironise Celia Montaño, cheffe du groupe libéral à l’Assemblée. Selon elle, le pays risque « des années de procès et une fuite des investisseurs ».

Le ministre de l’Énergie, Ernesto Valdivia, assure au contraire que l’État dispose des fonds pour indemniser le consortium. « Nous paierons le prix juste, pas le prix que Hidrosur a inventé », a-t-il déclaré jeudi à la radio publique.

Partager sur WhatsApp | Partager sur Facebook

Sur place, à San Cosme, au pied du plus grand des barrages, les habitants oscillent entre fierté et inquiétude. « Mon père a construit ce mur de béton. Je suis content qu’il revienne au pays », dit Hilario Quispe, un ouvrier retraité. Sa voisine, une commerçante qui préfère taire son nom, est plus réservée : « Ils promettent l’électricité moins chère. On verra à la première facture. »

Un diplomate européen en poste à Puerto Alzaga, interrogé par El Centinela, juge que le gouvernement « a bien préparé son dossier juridique », mais redoute « un bras de fer de plusieurs années ».

Le texte doit encore être validé par la Cour constitutionnelle, qui dispose de soixante jours. Son président, Julio Arancibia, s’est borné à indiquer que la juridiction statuerait « en droit, et seulement en droit ».

Le plan « Cuareno Soberano », qui accompagne le décret, prévoit une baisse de 15 % des tarifs domestiques d’ici à 2028.""",
    [
        ("rendre le fleuve au peuple", "Matis Orlan", None, None),
        ("rendre le fleuve au peuple", "Matis Orlan", "le chef de l’État", "a promis"),
        (
            "Pendant vingt ans, l’eau de nos montagnes a éclairé les villes des autres. À partir de ce soir, elle éclairera d’abord nos écoles",
            "Matis Orlan",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("expropriation sans base légale", "Hidrosur", ("Il y qualifie", "Il"), "qualifie"),
        (
            "Le président ne nationalise pas des barrages, il nationalise sa campagne électorale",
            "Celia Montaño",
            "Celia Montaño",
            "ironise",
        ),
        ("des années de procès et une fuite des investisseurs", "Celia Montaño", "elle", "Selon"),
        (
            "Nous paierons le prix juste, pas le prix que Hidrosur a inventé",
            "Ernesto Valdivia",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Mon père a construit ce mur de béton. Je suis content qu’il revienne au pays",
            "Hilario Quispe",
            "Hilario Quispe",
            "dit",
        ),
        (
            "Ils promettent l’électricité moins chère. On verra à la première facture.",
            "commerçante",
            "une commerçante",
            "est plus réservée",
        ),
        ("a bien préparé son dossier juridique", "diplomate", "Un diplomate européen", "juge"),
        ("un bras de fer de plusieurs années", "diplomate", "Un diplomate européen", "redoute"),
        (
            "en droit, et seulement en droit",
            "Julio Arancibia",
            "Julio Arancibia",
            "s’est borné à indiquer",
        ),
    ],
    ["Cuareno Soberano"],
)


article(
    "blind11-fr05",
    "fr",
    """Formation fédérale: l’informateur Dorval voit “des convergences réelles”, mais le blocage fiscal demeure

Le Quotidien de Bruxelles - Par Maxime Vanderhaegen - 22 novembre 2026 à 18:02

Cinquante-trois jours après les élections, la Belgique n’a toujours pas de majorité en vue. L’informateur désigné par le Roi, l’ancien ministre Jean-Luc Dorval, a remis samedi son rapport au Palais. À la sortie, il s’est montré sobre: “J’ai constaté des convergences réelles sur le budget, mais pas encore sur la fiscalité.”

Selon nos informations, le blocage porte essentiellement sur la taxation des plus-values. Le président du Mouvement réformateur flamand (MRV), Pieter Goossens, en fait une ligne rouge. “Nous ne rentrerons pas dans un gouvernement qui augmente les impôts de la classe moyenne”, a-t-il répété dans l’après-midi devant le siège de son parti.

En face, la présidente des socialistes francophones, Nadia El Ouahabi, n’en démord pas. “Une réforme fiscale sans contribution des grands patrimoines, ce n’est pas une réforme, c’est une provocation”, estime-t-elle. La Liégeoise accuse son homologue flamand de “jouer la montre”.

PARTAGER | TWEETER | IMPRIMER

Entre les deux, les centristes se posent en conciliateurs. “Il y a un compromis possible”, glisse leur président, Arnaud Leclercq. “Il faut simplement que chacun accepte de revenir vers ses électeurs avec une demi-victoire.”

Dans l’entourage du Palais, on ne cache pas une certaine lassitude. Un familier du dossier résume: "Le Roi veut un nom avant Noël. Tout le monde le sait, personne ne le dit."

À lire aussi: Les précédentes crises politiques belges en chiffres

Jean-Luc Dorval, 67 ans, a refusé de dire s’il souhaitait être prolongé dans sa mission. "Ce n’est pas à moi d’en décider", a répondu l’ex-ministre aux journalistes massés devant les grilles, avant d’ajouter, dans un sourire: "Mais j’ai encore un peu d’énergie."

Les écologistes, tenus à l’écart des discussions, dénoncent une négociation "en vase clos". Leur coprésidente, Lotte Vermeersch, a publié sur les réseaux sociaux un message acide: “On discute de la fiscalité des riches pendant que les factures d’énergie explosent.”

Pour le politologue Benoît Lambotte, de l’Université de Namur, l’issue reste ouverte. “Les positions sont dures en public, mais les deux principaux partis ont besoin l’un de l’autre”, analyse-t-il. Il n’exclut pas la désignation d’un préformateur dès la semaine prochaine.

Le Palais a fait savoir dans un bref communiqué que le Roi poursuivrait ses consultations lundi.

Newsletter: recevez chaque soir l’essentiel de la politique belge""",
    [
        ("des convergences réelles", "Jean-Luc Dorval", ("Dorval voit", "Dorval"), "voit"),
        (
            "J’ai constaté des convergences réelles sur le budget, mais pas encore sur la fiscalité.",
            "Jean-Luc Dorval",
            ("il s’est montré", "il"),
            "s’est montré sobre",
        ),
        (
            "Nous ne rentrerons pas dans un gouvernement qui augmente les impôts de la classe moyenne",
            "Pieter Goossens",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            "Une réforme fiscale sans contribution des grands patrimoines, ce n’est pas une réforme, c’est une provocation",
            "Nadia El Ouahabi",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        ("jouer la montre", "Nadia El Ouahabi", "La Liégeoise", "accuse"),
        ("Il y a un compromis possible", "Arnaud Leclercq", "Arnaud Leclercq", "glisse"),
        (
            "Il faut simplement que chacun accepte de revenir vers ses électeurs avec une demi-victoire.",
            "Arnaud Leclercq",
            "Arnaud Leclercq",
            None,
        ),
        (
            "Le Roi veut un nom avant Noël. Tout le monde le sait, personne ne le dit.",
            "familier",
            "Un familier du dossier",
            "résume",
        ),
        ("Ce n’est pas à moi d’en décider", "Jean-Luc Dorval", "l’ex-ministre", "a répondu"),
        ("Mais j’ai encore un peu d’énergie.", "Jean-Luc Dorval", "l’ex-ministre", "d’ajouter"),
        ("en vase clos", "écologistes", "Les écologistes", "dénoncent"),
        (
            "On discute de la fiscalité des riches pendant que les factures d’énergie explosent.",
            "Lotte Vermeersch",
            "Lotte Vermeersch",
            "a publié sur les réseaux sociaux un message acide",
        ),
        (
            "Les positions sont dures en public, mais les deux principaux partis ont besoin l’un de l’autre",
            "Benoît Lambotte",
            ("analyse-t-il", "il"),
            "analyse-t-il",
        ),
    ],
)


article(
    "blind11-fr06",
    "fr",
    f"""Tour des Hautes-Terres : Killian Marest s’impose au sommet du col de la Vachère, le maillot jaune à terre

Vélo Quotidien · Par Arthur Decaux, envoyé spécial à Puy-Carlat · 22/11/2026 à 17:48

Le Breton Killian Marest (Équipe Armor-Lumière) a remporté en solitaire la 6e étape, longue de 187 kilomètres, au terme d’une dernière ascension menée à bloc. Derrière lui, le leader du classement général, l’Espagnol Iker Arrieta, a chuté dans la descente précédente et a perdu plus de quatre minutes.

«Je n’avais jamais gagné en montagne. Aujourd’hui, j’ai juste écouté mes jambes», a souri le vainqueur, 24 ans, encore essoufflé sur la ligne. «À trois kilomètres, j’ai regardé derrière, il n’y avait plus personne. Là, j’ai compris.»

Son directeur sportif, Patrice Onfroy, savourait lui aussi. « On avait coché cette étape depuis janvier. Killian l’a reconnue deux fois sous la pluie », a raconté l’ancien grimpeur, qui a qualifié la victoire de « récompense d’un hiver entier ».

Photo : Vélo Quotidien / J. Ferrat

La journée a toutefois été assombrie par la chute d’Iker Arrieta, survenue dans un virage humide à 38 kilomètres de l’arrivée. Le Basque est reparti, le cuissard déchiré, et a terminé l’étape en serrant les dents. «{NB}J’ai mal partout, mais je ne suis pas venu ici pour abandonner{NB}», a-t-il confié au micro de la télévision organisatrice.

Selon le médecin de la course, le Dr Hélène Saby, le coureur souffre de «{NB}dermabrasions importantes{NB}» et d’une contusion à la hanche. «{NB}Les radios n’ont rien montré. On réévaluera demain matin, à froid{NB}», a-t-elle précisé, tout en jugeant son départ « probable ».

Lire aussi : Tour des Hautes-Terres : le classement général après la 6e étape

Dans le bus de l’équipe Iberia-Norte, l’ambiance était lourde. Un membre de l’encadrement, qui a requis l’anonymat, s’en prenait à l’organisation : « Ce virage, tout le monde savait qu’il était dangereux. On l’avait signalé à la réunion des directeurs sportifs. »

Le directeur de l’épreuve, Gilles Peyrache, a rejeté ces critiques. «{NNB}Le parcours a été validé par les commissaires. La chaussée était sèche à 13 heures{NNB}», a-t-il assuré, promettant toutefois un «{NNB}retour d’expérience{NNB}».

Au classement général, Marest remonte à la deuxième place, à 1’12’’ de son coéquipier Yann Le Goff, nouveau maillot jaune. Les deux hommes vont-ils se gêner ? «{NB}Non. Le maillot, c’est Yann. Moi, je suis là pour l’aider{NB}», a balayé le vainqueur du jour. Onfroy confirme : « La hiérarchie ne bouge pas. »

Ce dimanche, la 7e étape mènera le peloton de Puy-Carlat à Saint-Gervier, sur un parcours vallonné que les coureurs surnomment « la montagne russe ».

Suivez toute l’actualité du cyclisme dans notre newsletter""",
    [
        (
            "Je n’avais jamais gagné en montagne. Aujourd’hui, j’ai juste écouté mes jambes",
            "Killian Marest",
            "le vainqueur",
            "a souri",
        ),
        (
            "À trois kilomètres, j’ai regardé derrière, il n’y avait plus personne. Là, j’ai compris.",
            "Killian Marest",
            "le vainqueur",
            None,
        ),
        (
            "On avait coché cette étape depuis janvier. Killian l’a reconnue deux fois sous la pluie",
            "Patrice Onfroy",
            "l’ancien grimpeur",
            "a raconté",
        ),
        ("récompense d’un hiver entier", "Patrice Onfroy", "l’ancien grimpeur", "a qualifié"),
        (
            "J’ai mal partout, mais je ne suis pas venu ici pour abandonner",
            "Iker Arrieta",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        ("dermabrasions importantes", "Hélène Saby", "le Dr Hélène Saby", "Selon"),
        (
            "Les radios n’ont rien montré. On réévaluera demain matin, à froid",
            "Hélène Saby",
            ("a-t-elle précisé", "elle"),
            "a-t-elle précisé",
        ),
        ("probable", "Hélène Saby", ("a-t-elle précisé", "elle"), "jugeant"),
        (
            "Ce virage, tout le monde savait qu’il était dangereux. On l’avait signalé à la réunion des directeurs sportifs.",
            "membre",
            "Un membre de l’encadrement",
            "s’en prenait",
        ),
        (
            "Le parcours a été validé par les commissaires. La chaussée était sèche à 13 heures",
            "Gilles Peyrache",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("retour d’expérience", "Gilles Peyrache", ("a-t-il assuré", "il"), "promettant"),
        (
            "Non. Le maillot, c’est Yann. Moi, je suis là pour l’aider",
            "Killian Marest",
            "le vainqueur du jour",
            "a balayé",
        ),
        ("La hiérarchie ne bouge pas.", "Patrice Onfroy", "Onfroy", "confirme"),
    ],
    ["la montagne russe"],
)


article(
    "blind11-fr07",
    "fr",
    f"""Valais : le glacier de la Rousse rend l’épave d’un avion disparu en 1961

Le Matin du Rhône · Valais · 22 novembre 2026, 11 h 20 · Par Noémie Rochat

Le recul du glacier de la Rousse, au-dessus du val de Tsaney, a fait réapparaître les restes d’un bimoteur disparu en mars 1961 avec quatre personnes à bord. Des randonneurs ont signalé les premiers débris à la fin de l’été ; les opérations de récupération se sont achevées jeudi.

« Il s’agit très vraisemblablement du Piaggio immatriculé HB-LKT, qui reliait Genève à Milan », a confirmé le porte-parole de la police cantonale valaisanne, Stéphane Mottier. « Les numéros relevés sur un moteur correspondent aux registres de l’époque. »

L’enquête d’identification a été confiée à l’Institut de médecine légale de Sion. Des ossements ont été retrouvés, a indiqué la police, sans plus de précisions.

Crédit photo : Police cantonale du Valais

Sur place, l’archéologue glaciaire Mireille Zufferey a coordonné le prélèvement des objets. La chercheuse parle d’un site «{NNB}exceptionnellement bien conservé{NNB}». «{NNB}La glace agit comme un congélateur. Nous avons retrouvé un porte-documents en cuir encore fermé, des lunettes, un gant{NNB}», détaille-t-elle. «{NNB}Chaque objet sera documenté avant d’être rendu aux familles.{NNB}»

Pour la scientifique, ce type de découverte va se multiplier. «{NNB}Les glaciers alpins perdent plusieurs mètres d’épaisseur par an. Ils nous rendent ce qu’ils avaient pris{NNB}», résume-t-elle.

À lire également : Glaciers suisses, une fonte record en 2026

Parmi les passagers figurait un ingénieur lausannois, Aloys Perrig, âgé de 41 ans. Sa petite-fille, Corinne Perrig-Balet, a appris la nouvelle par un appel de la police. Elle a accepté de nous raconter :

«{NB}Ma grand-mère a attendu toute sa vie. Elle mettait encore son couvert le dimanche, dans les années 1980, comme s’il allait rentrer d’un chantier.

«{NB}Quand le policier m’a dit qu’on avait peut-être retrouvé l’avion, j’ai dû m’asseoir. On ne s’attend pas à ça, soixante-cinq ans après.

«{NB}Ce que je voudrais maintenant, c’est simplement pouvoir l’enterrer à côté d’elle, à Pully.{NB}»

La commune de Tsaney a annoncé qu’une stèle serait érigée au départ du sentier du glacier. «{NB}C’est notre devoir de mémoire{NB}», a déclaré son président, Laurent Bonvin, au Matin du Rhône. Selon lui, la cérémonie pourrait avoir lieu au printemps, «{NB}quand la montagne le permettra{NB}».

L’Office fédéral de l’aviation civile a précisé dans un communiqué qu’il ne rouvrirait pas l’enquête sur les causes de l’accident, celle-ci ayant été «{NB}close en 1963 faute d’éléments{NB}».

Partager l’article · Commenter""",
    [
        (
            "Il s’agit très vraisemblablement du Piaggio immatriculé HB-LKT, qui reliait Genève à Milan",
            "Stéphane Mottier",
            "Stéphane Mottier",
            "a confirmé",
        ),
        (
            "Les numéros relevés sur un moteur correspondent aux registres de l’époque.",
            "Stéphane Mottier",
            "Stéphane Mottier",
            None,
        ),
        ("exceptionnellement bien conservé", "Mireille Zufferey", "La chercheuse", "parle"),
        (
            "La glace agit comme un congélateur. Nous avons retrouvé un porte-documents en cuir encore fermé, des lunettes, un gant",
            "Mireille Zufferey",
            ("détaille-t-elle", "elle"),
            "détaille-t-elle",
        ),
        (
            "Chaque objet sera documenté avant d’être rendu aux familles.",
            "Mireille Zufferey",
            ("détaille-t-elle", "elle"),
            None,
        ),
        (
            "Les glaciers alpins perdent plusieurs mètres d’épaisseur par an. Ils nous rendent ce qu’ils avaient pris",
            "Mireille Zufferey",
            ("résume-t-elle", "elle"),
            "résume-t-elle",
        ),
        (
            "Ma grand-mère a attendu toute sa vie. Elle mettait encore son couvert le dimanche, dans les années 1980, comme s’il allait rentrer d’un chantier.",
            "Corinne Perrig-Balet",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        (
            "Quand le policier m’a dit qu’on avait peut-être retrouvé l’avion, j’ai dû m’asseoir. On ne s’attend pas à ça, soixante-cinq ans après.",
            "Corinne Perrig-Balet",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        (
            "Ce que je voudrais maintenant, c’est simplement pouvoir l’enterrer à côté d’elle, à Pully.",
            "Corinne Perrig-Balet",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        ("C’est notre devoir de mémoire", "Laurent Bonvin", "Laurent Bonvin", "a déclaré"),
        ("quand la montagne le permettra", "Laurent Bonvin", ("Selon lui", "lui"), "Selon"),
        (
            "close en 1963 faute d’éléments",
            "Office fédéral de l’aviation civile",
            "L’Office fédéral de l’aviation civile",
            "a précisé",
        ),
    ],
)


article(
    "blind11-fr08",
    "fr",
    f"""Mayenne. À Saint-Ouen-des-Landes, la commune rachète la dernière boulangerie du village

L’Écho du Bocage — Modifié le 22/11/2026 à 16h05 — Par Camille Houdayer

Photo d’illustration : la boulangerie de la place de l’Église, fermée depuis septembre. © L’Écho du Bocage

Depuis le départ à la retraite de ses boulangers, en septembre, Saint-Ouen-des-Landes (780 habitants) vivait sans pain frais. Le conseil municipal a voté jeudi soir, à l’unanimité, le rachat des murs et du fournil pour 165 000 euros.

« Un village sans boulangerie, c’est un village qui s’éteint doucement », résume le maire, Didier Jouanneau, élu sans étiquette. « Les gens allaient à Évron, à douze kilomètres. Les plus âgés, eux, n’y allaient plus du tout. »

L’élu assure que l’opération ne pèsera pas sur les impôts locaux. La commune louera le local à un jeune couple, pour un loyer qu’il juge « raisonnable mais pas symbolique ». Une subvention du département, dans le cadre du dispositif « Cœur de bourg », couvrira près de la moitié de l’investissement.

Le couple en question, Maëlle et Julien Ragot, 29 et 31 ans, arrive de Laval. Lui a été ouvrier boulanger pendant dix ans ; elle s’occupera de la vente. «{NB}On rêvait d’avoir notre affaire, mais on n’aurait jamais pu acheter seuls{NB}», explique Julien Ragot. Sa compagne ajoute : «{NB}Ici, on sent qu’on est attendus. Ça met un peu la pression, mais c’est une bonne pression{NB}!{NB}»

Lire aussi : En Mayenne, les petits commerces ruraux en sursis

Sur la place, la nouvelle a été accueillie avec soulagement. «{NB}Je faisais du pain moi-même, mais à mon âge, pétrir, c’est dur pour les poignets{NB}», sourit une habitante de 82 ans, croisée devant la mairie. Un agriculteur du hameau de la Basse-Lande se montre plus sceptique : «{NB}Il faudra qu’ils tiennent l’hiver. Les anciens ont mis la clé sous la porte pour une raison.{NB}»

Sur la page Facebook de la commune, un message de l’ancienne boulangère, Françoise Chauvière, a été partagé plus de 400 fois. «{NB}Trente-deux ans derrière ce comptoir. Je suis tellement heureuse que la lumière se rallume{NB}», écrit-elle.

Seul bémol, selon la chambre de métiers de la Mayenne : les charges d’énergie d’un four professionnel restent «{NB}très lourdes pour une petite structure{NB}». Son président, Hervé Lemercier, recommande aux communes de prévoir «{NB}un accompagnement sur au moins trois ans{NB}».

L’ouverture est prévue le 3 février. Julien Ragot promet déjà une spécialité maison, « la landaise », un pain au sarrasin. « Et des croissants le dimanche, évidemment », glisse-t-il en riant.

Abonnez-vous pour lire tous nos articles · Partagez sur Facebook""",
    [
        (
            "Un village sans boulangerie, c’est un village qui s’éteint doucement",
            "Didier Jouanneau",
            "Didier Jouanneau",
            "résume",
        ),
        (
            "Les gens allaient à Évron, à douze kilomètres. Les plus âgés, eux, n’y allaient plus du tout.",
            "Didier Jouanneau",
            "Didier Jouanneau",
            None,
        ),
        ("raisonnable mais pas symbolique", "Didier Jouanneau", ("qu’il juge", "il"), "juge"),
        (
            "On rêvait d’avoir notre affaire, mais on n’aurait jamais pu acheter seuls",
            "Julien Ragot",
            "Julien Ragot",
            "explique",
        ),
        (
            f"Ici, on sent qu’on est attendus. Ça met un peu la pression, mais c’est une bonne pression{NB}!",
            "Maëlle Ragot",
            "Sa compagne",
            "ajoute",
        ),
        (
            "Je faisais du pain moi-même, mais à mon âge, pétrir, c’est dur pour les poignets",
            "habitante",
            "une habitante de 82 ans",
            "sourit",
        ),
        (
            "Il faudra qu’ils tiennent l’hiver. Les anciens ont mis la clé sous la porte pour une raison.",
            "agriculteur",
            "Un agriculteur du hameau de la Basse-Lande",
            "se montre plus sceptique",
        ),
        (
            "Trente-deux ans derrière ce comptoir. Je suis tellement heureuse que la lumière se rallume",
            "Françoise Chauvière",
            ("écrit-elle", "elle"),
            "écrit-elle",
        ),
        (
            "très lourdes pour une petite structure",
            "chambre de métiers de la Mayenne",
            "la chambre de métiers de la Mayenne",
            "selon",
        ),
        (
            "un accompagnement sur au moins trois ans",
            "Hervé Lemercier",
            "Hervé Lemercier",
            "recommande",
        ),
        (
            "Et des croissants le dimanche, évidemment",
            "Julien Ragot",
            ("glisse-t-il", "il"),
            "glisse-t-il",
        ),
    ],
    ["Cœur de bourg", "la landaise"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind11_fr.jsonl"), WORDS_RANGE)
