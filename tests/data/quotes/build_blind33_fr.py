# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind33_fr.jsonl: a thirty-third blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a porcelain manufacture taken over
after receivership (Le Populaire du Centre, local industry: a headline quote without a cue, the
commercial court's judgment, an interrupted quote, an anonymous moulder, a collection's name in
marks, M. X), a broken-down inter-island ferry (Le Journal de Mayotte, transport: unpadded marks
and straight apostrophes, a headline partial quote with a group noun and no verb, a ship's name
in marks, the departmental council speaking as "la collectivité", a nested “ ” reply, a quote
after a colon with no speech verb), heat-pump doorstep selling (Que Choisir, consumer
investigation: a multi-paragraph testimony, a contract clause quoted without a speaker, a
company's written answer, a bank source on background, a slogan in the headline), a teenage
qualifier's upset at a tennis tournament (Tennis Actu, tennis: an English quote, a Q&A whose
unmarked answers are not listed while the quotes inside them are, a coach's maxim, an
interrupted quote), booking quotas for a Marseille calanque (Marsactu, coastal environment: a
headline partial quote with a group noun, an office with a short name in brackets, a follow-on
quote without a cue, a petition title, an anonymous ranger, Mme X), medieval lead pollution in
Jura lake sediments (Pour la Science, environmental archaeology: NNBSP padding, a paper title, a
medieval charter's words, a nested “ ” translation, “ ” marks for a sceptic, the paper's
authors), a timber-frame house builder's liquidation (Batiactu, construction trade press: the
court's judgment, the insurer's e-mail, a clients' collective's name, an interrupted quote, an
unnamed source) and a minister guessing the price of a baguette on the radio (Le HuffPost,
politics: a headline quote with "selon", a radio exchange in marks, posts on X in “ ”, an
unnamed adviser, a slogan and a term in marks). Padding varies: NBSP, NNBSP, plain spaces,
none. Gold conventions are those of build_dev.py; unnamed people are named by the head of their
role, a document with no author has no speaker.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind33_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind33-fr01",
    "fr",
    f"""«{NB}On a sauvé le savoir-faire{NB}» : la manufacture Vialle reprise par un groupe lyonnais

Le tribunal de commerce de Limoges a retenu mardi l’offre du groupe Arvelle. 84 des 97 emplois sont conservés, treize postes sont supprimés.

Par Sandrine Peyrat
Publié le 14/02/2024 à 19h30 | Mis à jour le 14/02/2024 à 21h02

L’atelier de décoration de la manufacture, rue du Mas-Loubier. © Thierry Lacombe

Il aura fallu quatre mois d’incertitude. Le tribunal de commerce de Limoges a validé mardi après-midi la reprise de la manufacture Vialle, placée en redressement judiciaire en octobre, par le groupe lyonnais Arvelle, spécialisé dans les arts de la table. Dans son jugement, le tribunal estime que l’offre présente «{NB}les meilleures garanties de maintien de l’activité et de l’emploi sur le site{NB}».
Sur les 97 salariés, 84 seront repris. Les treize postes supprimés sont essentiellement administratifs. «{NB}C’est dur pour les collègues qui partent, mais on a sauvé le savoir-faire. Sans cette offre, c’était la liquidation en mars{NB}», résume Nathalie Berthelot, déléguée CFDT et émailleuse depuis vingt-deux ans.
Devant les grilles de l’usine, à l’annonce de la décision, quelques applaudissements ont éclaté, vite retombés. «{NB}On n’a pas fait la fête, hein. On a trop attendu pour ça{NB}», glisse un mouleur, la cinquantaine, qui préfère ne pas donner son nom.
Le président d’Arvelle, Grégoire Manzoni, s’est engagé à investir 3,5 millions d’euros sur trois ans, notamment dans un nouveau four tunnel. «{NB}Limoges, c’est une signature. On ne rachète pas une manufacture comme celle-ci pour la vider, a-t-il assuré au Populaire. Je veux qu’on double la production de pièces décorées d’ici 2027.{NB}»
Partager : Facebook X E-mail
L’industriel compte aussi relancer la collection «{NB}Feuillage d’automne{NB}», créée en 1962 et arrêtée il y a dix ans. Une décision saluée par les anciens de la maison. «{NB}C’était notre fierté. Les Japonais venaient exprès pour elle{NB}», se souvient Jean-Claude Dumas, 78 ans, qui a passé quarante et un ans à l’atelier de peinture.
Lire aussi : Haute-Vienne : les arts de la table toujours à la peine à l’export
Reste la question des treize licenciements. La CGT, minoritaire dans l’entreprise, dénonce une reprise «{NB}au rabais{NB}». «{NNB}On nous parle de savoir-faire, mais on jette dehors les gens qui faisaient tourner la boutique{NNB}», tacle son représentant, Franck Lemoine. Il réclame des «{NB}mesures d’accompagnement dignes de ce nom{NB}» et n’exclut pas de saisir les prud’hommes.
M. Manzoni assure que les salariés concernés se verront proposer «{NB}en priorité{NB}» les postes qui seront créés avec le nouveau four. Le maire de Limoges, Pascal Rivet, s’est réjoui d’une «{NB}excellente nouvelle pour tout le territoire{NB}». Dans un communiqué, l’Union des porcelainiers du Limousin rappelle que la filière représente encore «{NB}plus de 1 200 emplois directs{NB}» dans le département.
Le transfert effectif est prévu au 1er mars. La nouvelle direction doit rencontrer les représentants du personnel dès la semaine prochaine.
Vous souhaitez recevoir l’essentiel de l’actu de Limoges ? Inscrivez-vous à notre newsletter.""",
    [
        ("On a sauvé le savoir-faire", "Nathalie Berthelot", None, None),
        (
            "les meilleures garanties de maintien de l’activité et de l’emploi sur le site",
            "tribunal de commerce de Limoges",
            ("le tribunal estime", "le tribunal"),
            "estime",
        ),
        (
            "C’est dur pour les collègues qui partent, mais on a sauvé le savoir-faire. Sans cette offre, c’était la liquidation en mars",
            "Nathalie Berthelot",
            "Nathalie Berthelot",
            "résume",
        ),
        (
            "On n’a pas fait la fête, hein. On a trop attendu pour ça",
            "mouleur",
            "un mouleur",
            "glisse",
        ),
        (
            "Limoges, c’est une signature. On ne rachète pas une manufacture comme celle-ci pour la vider",
            "Grégoire Manzoni",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Je veux qu’on double la production de pièces décorées d’ici 2027.",
            "Grégoire Manzoni",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "C’était notre fierté. Les Japonais venaient exprès pour elle",
            "Jean-Claude Dumas",
            "Jean-Claude Dumas",
            "se souvient",
        ),
        ("au rabais", "CGT", "La CGT", "dénonce"),
        (
            "On nous parle de savoir-faire, mais on jette dehors les gens qui faisaient tourner la boutique",
            "Franck Lemoine",
            "Franck Lemoine",
            "tacle",
        ),
        (
            "mesures d’accompagnement dignes de ce nom",
            "Franck Lemoine",
            ("Il réclame", "Il"),
            "réclame",
        ),
        ("en priorité", "Grégoire Manzoni", "M. Manzoni", "assure"),
        (
            "excellente nouvelle pour tout le territoire",
            "Pascal Rivet",
            "Pascal Rivet",
            "s’est réjoui",
        ),
        (
            "plus de 1 200 emplois directs",
            "Union des porcelainiers du Limousin",
            "l’Union des porcelainiers du Limousin",
            "rappelle",
        ),
    ],
    ["Feuillage d’automne"],
)

article(
    "blind33-fr02",
    "fr",
    """Barge : un amphidrome en panne, les usagers «à bout»

Mamoudzou, le 6 mai 2024 - Par Rachidi Ahamada

Depuis jeudi, un seul amphidrome assure les rotations entre Dzaoudzi et Mamoudzou. Le «Mtsanga», principal navire de la flotte, est immobilisé au quai de la gare maritime après une avarie sur l'un de ses propulseurs.
«Nous avons détecté jeudi matin une vibration anormale sur le propulseur arrière. Par sécurité, le navire a été retiré du service», explique le directeur de la Régie maritime de Mayotte (RMM), Anli Soilihi. Une pièce doit être acheminée depuis La Réunion. «Au mieux, elle arrive mardi. Ensuite il faut compter deux jours de montage et les essais en mer», précise-t-il.
Conséquence : des files d'attente interminables à la gare maritime, surtout aux heures de pointe. Lundi à 6h30, la file des piétons remontait jusqu'au rond-point. «On est à bout. Je pars de chez moi à 4h45 pour commencer à 7h30 à l'hôpital, et le soir c'est pareil», soupire Zaïnaba, aide-soignante qui habite Labattoir. Derrière elle, un jeune homme filme la foule avec son téléphone. «Mets ça sur Facebook, que tout le monde voie comment on nous traite!» lui lance une voisine.
Lire aussi : Transport maritime : la RMM commande deux nouveaux amphidromes
Les automobilistes ne sont pas mieux lotis. Certains ont dormi dans leur voiture sur le parking de Dzaoudzi pour être sûrs d'embarquer au premier départ. «J'ai une livraison de ciment qui m'attend à Kawéni, et je suis bloqué ici depuis hier soir», peste Houdhoir Saïd, artisan maçon.
Le conseil départemental de Mayotte, autorité de tutelle de la régie, a publié vendredi soir un communiqué. La collectivité y dit «regretter vivement la gêne occasionnée» et annonce «un renfort de barges piétonnes aux heures de pointe».
Insuffisant pour l'opposition départementale. «Cela fait trois ans qu'on alerte sur le vieillissement de la flotte. Trois ans qu'on nous répond “c'est programmé”», fustige l'élu de Dzaoudzi Ousseni Madi, qui réclame «un audit complet» de la régie.
Contactée, la préfecture de Mayotte indique que des policiers seront présents à la gare maritime «pour fluidifier l'embarquement» jusqu'au retour du navire.
Quand le «Mtsanga» reprendra-t-il du service ? Anli Soilihi se veut prudent : «Je ne donnerai pas de date tant que les essais ne sont pas concluants.»
Partagez cet article :
Vos réactions (4)""",
    [
        ("à bout", "usagers", "les usagers", None),
        (
            "Nous avons détecté jeudi matin une vibration anormale sur le propulseur arrière. Par sécurité, le navire a été retiré du service",
            "Anli Soilihi",
            "Anli Soilihi",
            "explique",
        ),
        (
            "Au mieux, elle arrive mardi. Ensuite il faut compter deux jours de montage et les essais en mer",
            "Anli Soilihi",
            ("précise-t-il", "il"),
            "précise",
        ),
        (
            "On est à bout. Je pars de chez moi à 4h45 pour commencer à 7h30 à l'hôpital, et le soir c'est pareil",
            "Zaïnaba",
            "Zaïnaba",
            "soupire",
        ),
        (
            "Mets ça sur Facebook, que tout le monde voie comment on nous traite!",
            "voisine",
            "une voisine",
            "lance",
        ),
        (
            "J'ai une livraison de ciment qui m'attend à Kawéni, et je suis bloqué ici depuis hier soir",
            "Houdhoir Saïd",
            "Houdhoir Saïd",
            "peste",
        ),
        (
            "regretter vivement la gêne occasionnée",
            "conseil départemental de Mayotte",
            "La collectivité",
            "dit",
        ),
        (
            "un renfort de barges piétonnes aux heures de pointe",
            "conseil départemental de Mayotte",
            "La collectivité",
            "annonce",
        ),
        (
            "Cela fait trois ans qu'on alerte sur le vieillissement de la flotte. Trois ans qu'on nous répond “c'est programmé”",
            "Ousseni Madi",
            "Ousseni Madi",
            "fustige",
        ),
        ("un audit complet", "Ousseni Madi", "Ousseni Madi", "réclame"),
        (
            "pour fluidifier l'embarquement",
            "préfecture de Mayotte",
            "la préfecture de Mayotte",
            "indique",
        ),
        (
            "Je ne donnerai pas de date tant que les essais ne sont pas concluants.",
            "Anli Soilihi",
            "Anli Soilihi",
            None,
        ),
    ],
    ["Mtsanga", "Mtsanga"],
)

article(
    "blind33-fr03",
    "fr",
    f"""Pompes à chaleur : les promesses du « zéro reste à charge » virent au cauchemar

Démarchage à domicile, crédits affectés, aides publiques surestimées : nous avons recueilli une trentaine de témoignages de consommateurs piégés par la société Thermélia, qui conteste toute pratique trompeuse.

Enquête de Claire Aubineau - Publié le 21 mars 2024
Temps de lecture : 5 min

Le scénario est presque toujours le même. Un appel d’un prétendu service de rénovation énergétique, puis la visite d’un commercial qui promet une pompe à chaleur air-eau « financée à 100 % par les aides de l’État ». Quelques semaines plus tard, le client découvre qu’il a signé un crédit de 18 000 à 24 000 euros.
Annie Lacoste, 71 ans, vit seule dans une maison des années 1970 près de Montauban. Elle a accepté de nous raconter son histoire.
« Le commercial est resté trois heures dans ma cuisine. Il remplissait les papiers à ma place, il me disait : “Signez là, madame, c’est juste pour le dossier d’aide.”
« Je n’ai compris qu’en recevant le premier prélèvement : 212 euros par mois pendant quinze ans. Je touche 1 100 euros de retraite.
« Aujourd’hui, la machine fait un bruit d’avion et ma facture d’électricité a augmenté. J’ai honte, je n’en ai même pas parlé à mes enfants. »
Son contrat, que nous avons pu consulter, comporte bien une clause précisant que « le montant des aides mentionné est indicatif et ne saurait engager la société ». Une mention en petits caractères, au verso du bon de commande.
À lire aussi
Aides à la rénovation : comment repérer un installateur sérieux
Contactée, la société Thermélia, dont le siège est à Toulouse, dit « contester fermement toute pratique commerciale trompeuse ». « Nos commerciaux sont formés et chaque client dispose d’un délai de rétractation de quatorze jours », nous a répondu par écrit son directeur général, Olivier Sarda. Selon lui, les plaintes concernent « une infime minorité » des 4 000 installations réalisées depuis 2021.
Les avocats qui suivent ces dossiers ne partagent pas cet optimisme. «{NNB}Le problème, c’est le crédit affecté. Dès que le bon de commande est signé, l’organisme prêteur débloque les fonds directement à l’installateur{NNB}», explique Me Sophie Rambert, qui défend onze clients de la société. Elle a engagé des actions en nullité devant le tribunal judiciaire de Toulouse et estime que plusieurs dossiers présentent « des irrégularités manifestes ».
Une source au sein d’une banque partenaire de ces crédits reconnaît, sous couvert d’anonymat, que « les contrôles à la signature sont quasi inexistants ».
Du côté des professionnels, la Fédération des installateurs en génie climatique (FIGC) réclame depuis des mois un encadrement plus strict du démarchage. « Les pratiques de quelques-uns jettent le discrédit sur toute une filière », regrette son délégué général, Marc-Antoine Lhuillier.
Nos conseils
Ne signez jamais le jour de la visite. Exigez un devis détaillé et vérifiez vous-même le montant des aides auxquelles vous avez droit. Vous disposez de quatorze jours pour vous rétracter.
Cet article vous a été utile ? Soutenez notre indépendance en vous abonnant.""",
    [
        (
            "financée à 100 % par les aides de l’État",
            "commercial",
            "un commercial",
            "promet",
        ),
        (
            "Le commercial est resté trois heures dans ma cuisine. Il remplissait les papiers à ma place, il me disait : “Signez là, madame, c’est juste pour le dossier d’aide.”",
            "Annie Lacoste",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        (
            "Je n’ai compris qu’en recevant le premier prélèvement : 212 euros par mois pendant quinze ans. Je touche 1 100 euros de retraite.",
            "Annie Lacoste",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        (
            "Aujourd’hui, la machine fait un bruit d’avion et ma facture d’électricité a augmenté. J’ai honte, je n’en ai même pas parlé à mes enfants.",
            "Annie Lacoste",
            ("Elle a accepté", "Elle"),
            "raconter",
        ),
        (
            "le montant des aides mentionné est indicatif et ne saurait engager la société",
            None,
            None,
            "précisant",
        ),
        (
            "contester fermement toute pratique commerciale trompeuse",
            "Thermélia",
            "la société Thermélia",
            "dit",
        ),
        (
            "Nos commerciaux sont formés et chaque client dispose d’un délai de rétractation de quatorze jours",
            "Olivier Sarda",
            "Olivier Sarda",
            "nous a répondu",
        ),
        ("une infime minorité", "Olivier Sarda", ("Selon lui", "lui"), "Selon"),
        (
            "Le problème, c’est le crédit affecté. Dès que le bon de commande est signé, l’organisme prêteur débloque les fonds directement à l’installateur",
            "Sophie Rambert",
            "Sophie Rambert",
            "explique",
        ),
        (
            "des irrégularités manifestes",
            "Sophie Rambert",
            ("Elle a engagé", "Elle"),
            "estime",
        ),
        (
            "les contrôles à la signature sont quasi inexistants",
            "source",
            "Une source",
            "reconnaît",
        ),
        (
            "Les pratiques de quelques-uns jettent le discrédit sur toute une filière",
            "Marc-Antoine Lhuillier",
            "Marc-Antoine Lhuillier",
            "regrette",
        ),
    ],
    ["zéro reste à charge"],
)

article(
    "blind33-fr04",
    "fr",
    """Open de Vendée : à 17 ans, Léna Ferrat renverse la tête de série n°2

Issue des qualifications, la jeune Nantaise s'est imposée 4-6, 7-6, 6-3 après avoir sauvé une balle de match contestée.

Par Julien Carréno | Le 12/09/2024 à 20:14

Elle n'avait encore jamais battu une joueuse du top 150. Léna Ferrat, 412e mondiale, a éliminé jeudi la Tchèque Klára Novotná en huitièmes de finale de l'Open de Vendée, à La Roche-sur-Yon, au terme d'un match de 2 h 41.
Menée 5-4, 30-40 dans le deuxième set, la Nantaise a sauvé une balle de match d'un coup droit le long de la ligne, que son adversaire a jugé faute. Novotná a longuement discuté avec l'arbitre de chaise, réclamant l'intervention du superviseur. « The ball was out, everybody saw it », a lancé la Tchèque, furieuse, avant de reprendre le jeu sous les sifflets du public.
Elle n'a plus gagné qu'un jeu ensuite. En conférence de presse, elle s'est montrée plus sobre : « Je n'ai rien à dire sur l'arbitrage. Elle a bien joué la fin du match, c'est tout. »
PUBLICITÉ
Léna Ferrat, elle, savourait. Nous l'avons rencontrée à sa sortie du court central.
Tennis Actu : Léna, comment avez-vous vécu cette balle de match ?
Léna Ferrat : Honnêtement, je ne l'ai pas vue sortir, j'ai juste tapé de toutes mes forces. Quand l'arbitre a dit « bonne », j'ai cru que j'allais pleurer.
Tennis Actu : Votre adversaire a beaucoup contesté ensuite…
Léna Ferrat : C'est son droit. Moi, mon entraîneur me répète depuis que j'ai 12 ans : « Tu ne regardes jamais l'arbitre, tu regardes la balle suivante. » Alors c'est ce que j'ai fait.
Tennis Actu : Vous jouez Caroline Mestre en quarts. Un match particulier ?
Léna Ferrat : Oui, c'est mon idole d'enfance, j'avais son poster dans ma chambre ! Mais demain, ce sera une adversaire comme une autre.
Dans les tribunes, son entraîneur, Didier Pellan, ne cachait pas son émotion. « Elle a un mental que je n'ai vu chez personne à cet âge, a-t-il confié. Mais il faut garder les pieds sur terre : elle a encore tout à apprendre physiquement. »
Le directeur du tournoi, Régis Mallard, a indiqué que le superviseur avait « confirmé la décision de l'arbitre après visionnage des images ». « Il n'y a aucune polémique à avoir », a-t-il insisté.
Ferrat affrontera vendredi la Française Caroline Mestre, tête de série n°5 et ancienne 48e mondiale, en début d'après-midi. La gauchère de 29 ans, qui dispute à La Roche-sur-Yon son dernier tournoi de la saison avant une opération au poignet, a vu passer le match de sa jeune compatriote depuis le vestiaire. « Je l'ai vue jouer à 14 ans. Elle frappait déjà plus fort que moi », a-t-elle souri.
Voir aussi : Classement WTA : les Françaises dans le top 100
Commentaires (12)""",
    [
        (
            "The ball was out, everybody saw it",
            "Klára Novotná",
            "la Tchèque",
            "a lancé",
        ),
        (
            "Je n'ai rien à dire sur l'arbitrage. Elle a bien joué la fin du match, c'est tout.",
            "Klára Novotná",
            ("elle s'est montrée", "elle"),
            None,
        ),
        ("bonne", "arbitre", "l'arbitre", "a dit"),
        (
            "Tu ne regardes jamais l'arbitre, tu regardes la balle suivante.",
            "Didier Pellan",
            "mon entraîneur",
            "me répète",
        ),
        (
            "Elle a un mental que je n'ai vu chez personne à cet âge",
            "Didier Pellan",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Mais il faut garder les pieds sur terre : elle a encore tout à apprendre physiquement.",
            "Didier Pellan",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "confirmé la décision de l'arbitre après visionnage des images",
            "Régis Mallard",
            "Régis Mallard",
            "a indiqué",
        ),
        (
            "Il n'y a aucune polémique à avoir",
            "Régis Mallard",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        (
            "Je l'ai vue jouer à 14 ans. Elle frappait déjà plus fort que moi",
            "Caroline Mestre",
            ("a-t-elle souri", "elle"),
            "a-t-elle souri",
        ),
    ],
)

article(
    "blind33-fr05",
    "fr",
    f"""Calanques : la réservation obligatoire étendue à l’Estéou, les cabanoniers «{NB}pris en otage{NB}»

par Benoît Gil · 3 juin 2024 · 6 min de lecture

Le sentier qui descend vers la calanque de l’Estéou, un dimanche de mai. Photo : B.G.

C’est acté. À partir du 1er juillet, il faudra réserver en ligne pour descendre à la calanque de l’Estéou entre 8 heures et 19 heures, comme c’est déjà le cas depuis trois étés dans sa voisine de Morgiou-Basse. La jauge est fixée à 400 personnes par jour. Dans son arrêté, signé mardi, l’Office des espaces littoraux de Provence (OELP) justifie la mesure par «{NB}une érosion accélérée des sentiers et une dégradation des herbiers de posidonie{NB}».
«{NB}Ce n’est pas une mesure contre les Marseillais, c’est une mesure pour la calanque{NB}», assure Delphine Castagnola, directrice de l’office, qui nous reçoit dans ses bureaux de la Pointe-Rouge.
«{NB}Sans régulation, dans dix ans, il n’y a plus de plage. On a des photos aériennes qui le montrent très bien.{NB}»
Le problème, pour les habitants des cabanons, c’est que le dispositif ne prévoit rien de précis pour eux. Une soixantaine de ces petites maisons, certaines centenaires, s’accrochent aux rochers au fond de la calanque. «{NB}On va devoir réserver pour aller chez nous{NB}? C’est absurde{NB}», s’emporte Gilbert Ferracci, président de l’association des Amis de l’Estéou, qui regroupe une centaine de propriétaires et leurs familles.
«Mon grand-père a construit le cabanon en 1931, poursuit-il. On y vient en famille depuis quatre générations. Et maintenant il faudrait un QR code pour descendre manger l’oursin?»
Cet article est en accès libre. Marsactu est un journal indépendant financé par ses lecteurs. Je soutiens Marsactu
Interrogé par Marsactu, l’OELP assure que les propriétaires de cabanons disposeront d’«{NB}un accès permanent sur justificatif{NB}», mais les modalités ne sont pas encore fixées. Mme Castagnola évoque une carte nominative, «{NB}sans doute dès la fin juin{NB}». Un flou qui inquiète jusqu’aux loueurs de bateaux du Vallon-des-Auffes, qui déposent chaque été des centaines de baigneurs dans la calanque.
Côté mairie, l’adjoint délégué à la mer, Karim Ouahabi, dit «{NB}comprendre la colère{NB}» mais soutient la démarche. Il rappelle que l’été dernier, les secours ont effectué «{NB}43 interventions{NB}» dans la calanque, «{NB}dont onze évacuations par hélicoptère{NB}».
Dans l’opposition municipale, la conseillère Sandrine Pujol-Arnaud dénonce «{NB}une privatisation qui ne dit pas son nom{NB}». Sur les réseaux sociaux, elle a relayé une pétition intitulée «{NB}Laissez-nous nos calanques{NB}», qui rassemblait lundi soir plus de 6 000 signatures.
Sur le sentier, un garde du littoral, qui ne souhaite pas être cité, résume l’affaire d’une formule{NB}: «{NB}Ici, le problème, ce n’est pas le Marseillais du dimanche, c’est Instagram.{NB}»
Les réservations ouvriront le 20 juin sur le site de l’office.
Commentaires
Connectez-vous pour réagir à cet article.""",
    [
        ("pris en otage", "cabanoniers", "les cabanoniers", None),
        (
            "une érosion accélérée des sentiers et une dégradation des herbiers de posidonie",
            "Office des espaces littoraux de Provence",
            "l’Office des espaces littoraux de Provence",
            "justifie",
        ),
        (
            "Ce n’est pas une mesure contre les Marseillais, c’est une mesure pour la calanque",
            "Delphine Castagnola",
            "Delphine Castagnola",
            "assure",
        ),
        (
            "Sans régulation, dans dix ans, il n’y a plus de plage. On a des photos aériennes qui le montrent très bien.",
            "Delphine Castagnola",
            None,
            None,
        ),
        (
            f"On va devoir réserver pour aller chez nous{NB}? C’est absurde",
            "Gilbert Ferracci",
            "Gilbert Ferracci",
            "s’emporte",
        ),
        (
            "Mon grand-père a construit le cabanon en 1931",
            "Gilbert Ferracci",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "On y vient en famille depuis quatre générations. Et maintenant il faudrait un QR code pour descendre manger l’oursin?",
            "Gilbert Ferracci",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "un accès permanent sur justificatif",
            "Office des espaces littoraux de Provence",
            "l’OELP",
            "assure",
        ),
        ("sans doute dès la fin juin", "Delphine Castagnola", "Mme Castagnola", "évoque"),
        ("comprendre la colère", "Karim Ouahabi", "Karim Ouahabi", "dit"),
        ("43 interventions", "Karim Ouahabi", ("Il rappelle", "Il"), "rappelle"),
        (
            "dont onze évacuations par hélicoptère",
            "Karim Ouahabi",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
        (
            "une privatisation qui ne dit pas son nom",
            "Sandrine Pujol-Arnaud",
            "Sandrine Pujol-Arnaud",
            "dénonce",
        ),
        (
            "Ici, le problème, ce n’est pas le Marseillais du dimanche, c’est Instagram.",
            "garde du littoral",
            "un garde du littoral",
            "résume",
        ),
    ],
    ["Laissez-nous nos calanques"],
)

article(
    "blind33-fr06",
    "fr",
    f"""Les sédiments d’un lac jurassien gardent la mémoire de mines d’argent médiévales

Archéologie environnementale

Un pic de pollution au plomb vers 1150, huit fois supérieur au niveau naturel, révèle une activité minière presque oubliée des archives.

Par Mathilde Rieux, publiée le 08/04/2024

Carotte sédimentaire prélevée au centre du lac des Rousselles. © Laboratoire Chrono-Sédiments

Un mètre quarante de vase et neuf siècles d’histoire. L’équipe du laboratoire Chrono-Sédiments, à Besançon, a prélevé en 2022 une longue carotte au fond du lac des Rousselles, une petite étendue d’eau du Haut-Jura. Elle publie ses résultats dans la revue Quaternary Archives, sous le titre «{NNB}Medieval silver mining recorded in Jura lake sediments{NNB}».
«{NNB}Nous nous attendions à trouver la trace de la pollution romaine, qui est bien connue dans toute l’Europe. Ce que nous n’attendions pas, c’est un second pic, beaucoup plus fort, vers 1150{NNB}», explique le paléoclimatologue Bastien Guillod, qui a dirigé les travaux. Selon le chercheur, les concentrations de plomb atteignent alors «{NNB}jusqu’à huit fois le niveau naturel{NNB}» et restent élevées pendant près d’un siècle.
D’où vient ce plomb{NNB}? Les archives écrites sont maigres. L’historienne Agnès Vuillemin, spécialiste du Moyen Âge comtois, a retrouvé une charte de 1162 dans laquelle un abbé évoque des «{NNB}fosses d’argent{NNB}» sur les terres de son abbaye. «{NNB}Le texte dit littéralement que les moines “tirent l’argent de la montagne et le fondent au bord de l’eau”. Cela colle parfaitement avec les sédiments{NNB}», s’enthousiasme-t-elle.
Lire aussi{NNB}: Quand les glaciers alpins racontent la pollution antique
Les auteurs concluent que «{NNB}l’activité minière médiévale a pu être largement sous-estimée dans l’ensemble du massif{NNB}». Ils appellent à prospecter d’autres lacs de la région, dont certains n’ont jamais été carottés.
Tous les spécialistes ne sont pas convaincus. Pour le géochimiste italien Paolo Ferri, de l’Institut des sciences de la Terre de Padoue, «{NNB}un signal local n’est pas forcément un signal minier{NNB}». “Le plomb peut aussi venir de la combustion du bois ou de l’usage de poteries vernissées. Il faudrait des analyses isotopiques plus fines pour trancher”, nuance-t-il.
Ces analyses sont justement en cours. Bastien Guillod se montre confiant{NNB}: «{NNB}Les premiers résultats isotopiques pointent vers un minerai local, du type de celui qu’on trouve dans les filons de la vallée voisine. On devrait pouvoir publier d’ici à la fin de l’année.{NNB}»
En attendant, l’équipe a prévu une campagne de fouilles l’été prochain sur la rive nord du lac, où des scories ont été repérées par un randonneur. «{NNB}Si l’on trouve un four de réduction, ce sera la preuve qui manque{NNB}», estime Agnès Vuillemin.
Le lac des Rousselles est situé dans une zone naturelle protégée{NNB}; les prélèvements ont été réalisés avec l’autorisation de la commune.
Pour aller plus loin
Abonnez-vous à notre lettre d’information hebdomadaire""",
    [
        (
            "Nous nous attendions à trouver la trace de la pollution romaine, qui est bien connue dans toute l’Europe. Ce que nous n’attendions pas, c’est un second pic, beaucoup plus fort, vers 1150",
            "Bastien Guillod",
            "Bastien Guillod",
            "explique",
        ),
        (
            "jusqu’à huit fois le niveau naturel",
            "Bastien Guillod",
            "le chercheur",
            "Selon",
        ),
        ("fosses d’argent", "abbé", "un abbé", "évoque"),
        (
            "Le texte dit littéralement que les moines “tirent l’argent de la montagne et le fondent au bord de l’eau”. Cela colle parfaitement avec les sédiments",
            "Agnès Vuillemin",
            ("s’enthousiasme-t-elle", "elle"),
            "s’enthousiasme",
        ),
        (
            "l’activité minière médiévale a pu être largement sous-estimée dans l’ensemble du massif",
            "auteurs",
            "Les auteurs",
            "concluent",
        ),
        (
            "un signal local n’est pas forcément un signal minier",
            "Paolo Ferri",
            "Paolo Ferri",
            "Pour",
        ),
        (
            "Le plomb peut aussi venir de la combustion du bois ou de l’usage de poteries vernissées. Il faudrait des analyses isotopiques plus fines pour trancher",
            "Paolo Ferri",
            ("nuance-t-il", "il"),
            "nuance",
        ),
        (
            "Les premiers résultats isotopiques pointent vers un minerai local, du type de celui qu’on trouve dans les filons de la vallée voisine. On devrait pouvoir publier d’ici à la fin de l’année.",
            "Bastien Guillod",
            "Bastien Guillod",
            None,
        ),
        (
            "Si l’on trouve un four de réduction, ce sera la preuve qui manque",
            "Agnès Vuillemin",
            "Agnès Vuillemin",
            "estime",
        ),
    ],
    ["Medieval silver mining recorded in Jura lake sediments"],
)

article(
    "blind33-fr07",
    "fr",
    f"""Faillite de Boisnature Construction : 140 chantiers de maisons à l’arrêt

Le constructeur de maisons à ossature bois, installé en Loire-Atlantique, a été placé en liquidation judiciaire. Ses clients comptent désormais sur la garantie de livraison.

Rédigé par Aurélien Drouet, le 27/05/2024
Partager : LinkedIn | X | Facebook | E-mail

Le tribunal de commerce de Nantes a prononcé le 22 mai la liquidation judiciaire de Boisnature Construction, constructeur de maisons individuelles à ossature bois installé à Ancenis-Saint-Géréon. Dans son jugement, le tribunal relève que l’entreprise se trouvait «{NB}dans l’impossibilité de faire face au passif exigible avec son actif disponible{NB}» depuis la fin de l’année 2023.
Environ 140 chantiers sont à l’arrêt, à des stades d’avancement très divers. «{NB}Certaines maisons sont hors d’eau, hors d’air, d’autres n’ont que la dalle{NB}», détaille Me Valérie Chauvat, le mandataire judiciaire désigné par le tribunal. Les 62 salariés de l’entreprise ont été licenciés.
Pour les clients, l’enjeu est désormais la garantie de livraison, obligatoire dans le cadre d’un contrat de construction de maison individuelle. Dans un courriel adressé aux familles concernées, que Batiactu a pu consulter, l’assureur Cautio Bâtiment indique qu’un «{NB}cabinet d’expertise a été mandaté pour établir un état des lieux de chaque chantier{NB}». Les travaux devraient être confiés à d’autres entreprises, avec un surcoût pris en charge dans la limite de 5 % du prix convenu.
Mais sur le terrain, l’inquiétude domine. Les clients dénoncent «{NB}des mois de silence{NB}» de la part du constructeur avant la faillite. «{NB}On a versé 65 % du prix, soit 152 000 euros, et depuis janvier plus personne ne répondait au téléphone{NB}», raconte Yohann Berthier, qui fait construire à Vallet avec sa compagne.
Réunies au sein du collectif «{NB}Nos maisons en suspens{NB}», quatre-vingt-dix familles se sont rencontrées samedi à Ancenis. «{NNB}Le pire, c’est de ne pas savoir, témoigne Émilie Caradec, sa porte-parole. Les expertises vont prendre des semaines, les entreprises qui reprendront les chantiers vont forcément facturer plus cher, et nous, on paie un loyer et un crédit en même temps.{NNB}»
À lire aussi >> Maisons individuelles : les ventes toujours en recul au premier trimestre
Joint par téléphone, l’ancien dirigeant de Boisnature, Jean-Marc Le Bihan, dit comprendre la colère de ses clients. «{NB}Nous avons été pris en tenaille entre la hausse du prix du bois et l’effondrement des ventes. J’ai tout fait pour sauver l’entreprise{NB}», a-t-il déclaré, visiblement éprouvé. Il affirme avoir cherché un repreneur «{NB}jusqu’au dernier jour{NB}».
Le président de l’Union régionale des constructeurs de maisons individuelles (URCMI), Philippe Danet, y voit «{NB}le symptôme d’une crise profonde{NB}». «{NB}Boisnature ne sera malheureusement pas la dernière. Sans mesure forte sur l’accession à la propriété, d’autres entreprises vont tomber{NB}», prévient-il.
Selon une source proche du dossier, plusieurs constructeurs régionaux se seraient déjà manifestés pour reprendre «{NB}une partie des chantiers les plus avancés{NB}». L’URCMI, de son côté, a proposé de mettre en relation les familles avec ses adhérents.
Newsletter Batiactu : recevez chaque matin l’actualité du BTP""",
    [
        (
            "dans l’impossibilité de faire face au passif exigible avec son actif disponible",
            "tribunal de commerce de Nantes",
            ("le tribunal relève", "le tribunal"),
            "relève",
        ),
        (
            "Certaines maisons sont hors d’eau, hors d’air, d’autres n’ont que la dalle",
            "Valérie Chauvat",
            "Valérie Chauvat",
            "détaille",
        ),
        (
            "cabinet d’expertise a été mandaté pour établir un état des lieux de chaque chantier",
            "Cautio Bâtiment",
            "Cautio Bâtiment",
            "indique",
        ),
        ("des mois de silence", "clients", "Les clients", "dénoncent"),
        (
            "On a versé 65 % du prix, soit 152 000 euros, et depuis janvier plus personne ne répondait au téléphone",
            "Yohann Berthier",
            "Yohann Berthier",
            "raconte",
        ),
        ("Le pire, c’est de ne pas savoir", "Émilie Caradec", "Émilie Caradec", "témoigne"),
        (
            "Les expertises vont prendre des semaines, les entreprises qui reprendront les chantiers vont forcément facturer plus cher, et nous, on paie un loyer et un crédit en même temps.",
            "Émilie Caradec",
            "Émilie Caradec",
            "témoigne",
        ),
        (
            "Nous avons été pris en tenaille entre la hausse du prix du bois et l’effondrement des ventes. J’ai tout fait pour sauver l’entreprise",
            "Jean-Marc Le Bihan",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("jusqu’au dernier jour", "Jean-Marc Le Bihan", ("Il affirme", "Il"), "affirme"),
        (
            "le symptôme d’une crise profonde",
            "Philippe Danet",
            "Philippe Danet",
            "y voit",
        ),
        (
            "Boisnature ne sera malheureusement pas la dernière. Sans mesure forte sur l’accession à la propriété, d’autres entreprises vont tomber",
            "Philippe Danet",
            ("prévient-il", "il"),
            "prévient",
        ),
        (
            "une partie des chantiers les plus avancés",
            "source",
            "une source",
            "Selon",
        ),
    ],
    ["Nos maisons en suspens"],
)

article(
    "blind33-fr08",
    "fr",
    f"""« Autour de trois euros » : le prix de la baguette selon Bertrand Achard fait bondir l’opposition

Le ministre délégué chargé des PME a été interrogé mardi matin à la radio sur le prix d’une baguette. Sa réponse, très approximative, a fait le tour des réseaux sociaux.

Par Inès Marchal
Politique - Publié le 16/01/2024 10:52, mis à jour le 16/01/2024 12:03

POLITIQUE - Une question piège, et une réponse qui tourne en boucle depuis le début de la matinée. Invité ce mardi 16 janvier de la matinale de Radio Horizon, le ministre délégué chargé des PME et du Commerce, Bertrand Achard, a été interrogé par la journaliste Léa Fontanel sur le prix d’une baguette de pain.
« Monsieur le ministre, vous savez combien coûte une baguette aujourd’hui ? », lui a demandé la journaliste, en fin d’entretien. « Oh, autour de trois euros, je dirais. Peut-être un peu moins en province », a répondu le ministre, après un court silence. La journaliste a insisté : « Trois euros, vous êtes sûr ? » Bertrand Achard a alors botté en touche : « Vous savez, je ne fais pas toujours les courses moi-même. »
Le prix moyen d’une baguette tourne en réalité autour de 1,15 euro, selon les relevés de la profession.
La séquence, partagée des centaines de milliers de fois sur X, a immédiatement fait réagir l’opposition. “Trois euros la baguette. Voilà à quel point ce gouvernement est déconnecté de la vie des gens”, a écrit sur le réseau social la députée Camille Rostand. “Qu’il vienne faire les courses avec moi à Denain, il verra”, a renchéri le sénateur Hervé Lacassagne.
À voir également sur Le HuffPost :
La Confédération nationale des artisans boulangers (CNAB) s’est elle aussi invitée dans le débat. Dans un communiqué publié en fin de matinée, la confédération «{NB}invite le ministre à venir pétrir une nuit dans un fournil{NB}» et rappelle que ses adhérents «{NB}se battent chaque jour pour maintenir une baguette à un prix accessible{NB}».
Dans l’entourage du ministre, on plaide la maladresse. « Il a confondu avec le prix d’une tradition bio dans une boulangerie parisienne. Ce n’est pas ce qu’il voulait dire », assure un conseiller, qui dénonce « un procès en déconnexion totalement disproportionné ».
En fin de matinée, Bertrand Achard a lui-même tenté d’éteindre l’incendie. «{NB}J’ai dit une bêtise, je l’assume. Le prix de la baguette, c’est 1,15 euro en moyenne, et je sais ce que les boulangers traversent avec leurs factures d’énergie{NB}», a-t-il écrit sur X. Son message était accompagné d’une photo de lui devant une boulangerie de sa circonscription, sous une affiche barrée du slogan «{NB}Je soutiens mon boulanger{NB}».
Ce n’est pas la première fois qu’un membre du gouvernement se prend les pieds dans le tapis du «{NB}prix du quotidien{NB}». Interrogé en marge d’un déplacement à Lyon, le porte-parole du gouvernement, Maxime Delorme, a jugé que «{NB}l’essentiel, c’est l’action, pas un quiz radiophonique{NB}». M. Achard, lui, sera l’invité jeudi d’un salon de la boulangerie à Paris.
À voir également sur Le HuffPost : Ce député ne connaît pas le prix du ticket de métro, et ça ne passe pas""",
    [
        ("Autour de trois euros", "Bertrand Achard", "Bertrand Achard", "selon"),
        (
            "Monsieur le ministre, vous savez combien coûte une baguette aujourd’hui ?",
            "Léa Fontanel",
            "la journaliste",
            "a demandé",
        ),
        (
            "Oh, autour de trois euros, je dirais. Peut-être un peu moins en province",
            "Bertrand Achard",
            "le ministre",
            "a répondu",
        ),
        (
            "Trois euros, vous êtes sûr ?",
            "Léa Fontanel",
            "La journaliste",
            "a insisté",
        ),
        (
            "Vous savez, je ne fais pas toujours les courses moi-même.",
            "Bertrand Achard",
            "Bertrand Achard",
            None,
        ),
        (
            "Trois euros la baguette. Voilà à quel point ce gouvernement est déconnecté de la vie des gens",
            "Camille Rostand",
            "Camille Rostand",
            "a écrit",
        ),
        (
            "Qu’il vienne faire les courses avec moi à Denain, il verra",
            "Hervé Lacassagne",
            "Hervé Lacassagne",
            "a renchéri",
        ),
        (
            "invite le ministre à venir pétrir une nuit dans un fournil",
            "Confédération nationale des artisans boulangers",
            "la confédération",
            None,
        ),
        (
            "se battent chaque jour pour maintenir une baguette à un prix accessible",
            "Confédération nationale des artisans boulangers",
            "la confédération",
            "rappelle",
        ),
        (
            "Il a confondu avec le prix d’une tradition bio dans une boulangerie parisienne. Ce n’est pas ce qu’il voulait dire",
            "conseiller",
            "un conseiller",
            "assure",
        ),
        (
            "un procès en déconnexion totalement disproportionné",
            "conseiller",
            "un conseiller",
            "dénonce",
        ),
        (
            "J’ai dit une bêtise, je l’assume. Le prix de la baguette, c’est 1,15 euro en moyenne, et je sais ce que les boulangers traversent avec leurs factures d’énergie",
            "Bertrand Achard",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "l’essentiel, c’est l’action, pas un quiz radiophonique",
            "Maxime Delorme",
            "Maxime Delorme",
            "a jugé",
        ),
    ],
    ["Je soutiens mon boulanger", "prix du quotidien"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind33_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
