# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind19_fr.jsonl: a nineteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Quebec town left without a
snow-removal contractor after a bankruptcy (Le Devoir, a letter quoted, the mayor's office), wild
boars in the schoolyards of Marseille's northern districts (La Provence, a multi-paragraph quote
from a louvetier, an anonymous resident, a campaign slogan), a parliamentary report on funeral
prices (L'Express, the rapporteurs' text, a widow's testimony with a nested quote), a Sunday
interview of a transport minister on night trains (Le Journal du Dimanche, questions and
unmarked answers with quotes inside), mud left on country roads by the sugar-beet harvest
(Courrier picard), a troglodyte restaurant shut by a peril order (La Nouvelle République, an
engineer's report, a Facebook comment in “ ”), a rural mayor who cannot find a doctor (Sud Radio
site, straight apostrophes, no padding, a nested “ ” quote) and a Senate vote on a minimum age
for electric scooters (Public Sénat, an amendment quoted, an unnamed adviser). Padding varies:
NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py; the unmarked answers
of the interview are not listed as quotations.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind19_fr.py`` from tests/data/quotes after editing.
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
    "blind19-fr01",
    "fr",
    """Rimouski cherche un déneigeur en pleine tempête

La faillite de Déneigement Laforge laisse 32 rues sans contrat au cœur de l’hiver

Catherine Lévesque-Dion à Rimouski
14 janvier 2025
Régions

Photo: Marie-Ève Caron Le Devoir Des résidents du quartier Saint-Germain ont dû dégager eux-mêmes leur rue, lundi.

Au lendemain d’une bordée de 40 centimètres, des dizaines de résidents du quartier Saint-Germain, à Rimouski, attendaient toujours le passage de la charrue lundi matin. L’entrepreneur responsable de leur secteur, Déneigement Laforge, a déclaré faillite vendredi, laissant la Ville sans solution de rechange pour 32 rues.
« On ne se le cachera pas, on a été pris de court », a reconnu le maire de Rimouski, Marc-André Thibodeau, en entrevue au Devoir. Selon lui, les cols bleus de la Ville ont été « redéployés d’urgence » et le secteur devrait être dégagé « d’ici mercredi au plus tard ».
Le propriétaire de l’entreprise, Réjean Fortier, dit avoir été étranglé par la hausse du prix du carburant et des primes d’assurance. « J’ai déneigé cette ville pendant 27 ans. Je n’ai jamais manqué une tempête, a-t-il laissé tomber au bout du fil. Cette année, chaque sortie me coûtait plus cher que ce que la Ville me payait. »
Lire aussi
Hausse des coûts du déneigement: les municipalités sonnent l’alarme
Dans une lettre transmise aux élus en décembre, et dont Le Devoir a obtenu copie, M. Fortier réclamait une « indexation d’urgence » de son contrat. « Sans ajustement, je ne serai pas en mesure d’honorer mes obligations au-delà du mois de janvier », écrivait-il.
L’opposition accuse l’administration Thibodeau d’avoir ignoré l’avertissement. « Le maire savait depuis six semaines. Il a choisi de croiser les doigts », a dénoncé la conseillère Annie Gosselin-Roy, du district de Sacré-Cœur, qui demande qu’une vérification soit confiée au vérificateur général de la Ville.
Au cabinet du maire, on assure que la lettre a été « analysée avec sérieux ». Mais la loi empêche de modifier un contrat en cours sans nouvel appel d’offres, fait-on valoir.
Sur la rue Tessier, Ginette Ouellet, 78 ans, n’a pas pu sortir de chez elle pendant deux jours. « Mon fils est venu pelleter, mais la charrue de la Ville a refermé mon entrée dix minutes après. J’ai ri, mais j’avais le goût de pleurer », raconte-t-elle.
Le ministère des Affaires municipales a indiqué par courriel suivre la situation « de près », tout en rappelant que le déneigement relève « entièrement » des municipalités. La Ville lancera mardi un appel d’offres d’urgence ; le conseil doit l’entériner lors d’une séance extraordinaire jeudi soir.
Le syndicat des cols bleus, lui, prévient que ses membres « ne pourront pas tenir ce rythme-là tout l’hiver ». Pour son président, Luc Banville, « il faut arrêter de faire semblant que le privé coûte moins cher ».
Ce reportage bénéficie du soutien de l’Initiative de journalisme local.
À voir en vidéo""",
    [
        (
            "On ne se le cachera pas, on a été pris de court",
            "Marc-André Thibodeau",
            "Marc-André Thibodeau",
            "a reconnu",
        ),
        ("redéployés d’urgence", "Marc-André Thibodeau", ("Selon lui", "lui"), "Selon"),
        ("d’ici mercredi au plus tard", "Marc-André Thibodeau", ("Selon lui", "lui"), "Selon"),
        (
            "J’ai déneigé cette ville pendant 27 ans. Je n’ai jamais manqué une tempête",
            "Réjean Fortier",
            ("a-t-il laissé tomber", "il"),
            "a-t-il laissé tomber",
        ),
        (
            "Cette année, chaque sortie me coûtait plus cher que ce que la Ville me payait.",
            "Réjean Fortier",
            ("a-t-il laissé tomber", "il"),
            "a-t-il laissé tomber",
        ),
        ("indexation d’urgence", "Réjean Fortier", "M. Fortier", "réclamait"),
        (
            "Sans ajustement, je ne serai pas en mesure d’honorer mes obligations au-delà du mois de janvier",
            "Réjean Fortier",
            ("écrivait-il", "il"),
            "écrivait",
        ),
        (
            "Le maire savait depuis six semaines. Il a choisi de croiser les doigts",
            "Annie Gosselin-Roy",
            "Annie Gosselin-Roy",
            "a dénoncé",
        ),
        ("analysée avec sérieux", "cabinet du maire", "cabinet du maire", "on assure"),
        (
            "Mon fils est venu pelleter, mais la charrue de la Ville a refermé mon entrée dix minutes après. J’ai ri, mais j’avais le goût de pleurer",
            "Ginette Ouellet",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "de près",
            "ministère des Affaires municipales",
            "Le ministère des Affaires municipales",
            "a indiqué",
        ),
        (
            "entièrement",
            "ministère des Affaires municipales",
            "Le ministère des Affaires municipales",
            "rappelant",
        ),
        (
            "ne pourront pas tenir ce rythme-là tout l’hiver",
            "syndicat des cols bleus",
            "Le syndicat des cols bleus",
            "prévient",
        ),
        (
            "il faut arrêter de faire semblant que le privé coûte moins cher",
            "Luc Banville",
            "Luc Banville",
            "Pour",
        ),
    ],
)

article(
    "blind19-fr02",
    "fr",
    f"""Marseille : les sangliers s’invitent jusque dans les cours d’école des quartiers nord

Par Nadia Benhamou
Publié le 03/10/2024 à 07h30 | Mis à jour le 03/10/2024 à 11h02

Ils descendent du massif de l’Étoile à la nuit tombée, renversent les poubelles et labourent les pelouses. Depuis la fin de l’été, les habitants des 13e et 14e arrondissements de Marseille signalent des hardes de sangliers de plus en plus hardies. Lundi matin, le personnel de l’école élémentaire des Tilleuls a découvert la cour entièrement retournée.
«{NNB}On aurait dit un champ de patates. Les enfants étaient à la fois terrifiés et ravis{NNB}», souffle la directrice, Sandrine Aubanel. Les élèves ont été gardés à l’intérieur pendant la récréation.
Le maire des 13e et 14e arrondissements, Gilles Peyrolle, dit avoir saisi la préfecture «{NNB}à trois reprises{NNB}» depuis juillet. «{NNB}On nous répond que ce n’est pas une priorité. Attendez qu’un gamin se fasse charger et vous verrez si c’est une priorité{NNB}!{NNB}» s’emporte l’élu, joint par téléphone.
Photo Valérie Sanchis
À lire aussi : Marseille : un sanglier percute un scooter sur la rocade
La préfecture des Bouches-du-Rhône assure de son côté avoir autorisé «{NNB}quatre battues administratives{NNB}» depuis le début de l’année. «{NNB}La régulation en zone urbaine obéit à des règles de sécurité très strictes. On ne tire pas à côté d’un immeuble{NNB}», a précisé à La Provence le sous-préfet Antoine Vézian, chargé du dossier.
Jean-Claude Ferrucci, lieutenant de louveterie sur le secteur depuis dix-huit ans, ne décolère pas. Il raconte :
«{NNB}Les gens les nourrissent. Je l’ai vu de mes yeux : des sacs de pain posés au pied des collines, des restes de couscous. Le sanglier est intelligent, il a compris que la ville, c’est le buffet.
«{NNB}Tant qu’on n’aura pas verbalisé ceux qui les nourrissent, on pourra faire toutes les battues qu’on veut. Ça ne servira à rien.{NNB}»
Une habitante de la cité des Oliviers, qui préfère rester anonyme, reconnaît avoir déjà «{NNB}donné les restes{NNB}» à une laie et à ses petits. «{NNB}Ils étaient mignons, je savais pas que c’était interdit{NNB}», glisse-t-elle en haussant les épaules.
La mairie de Marseille annonce une campagne d’affichage, «{NNB}Ne nourrissez pas les sangliers{NNB}», dans les quartiers concernés à partir de la semaine prochaine. Une réunion publique est prévue le 15 octobre à la mairie de secteur, en présence de représentants de la fédération de chasse.
Partager l’article
Newsletter Marseille : recevez chaque matin l’essentiel de l’actu de votre ville. Je m’inscris""",
    [
        (
            "On aurait dit un champ de patates. Les enfants étaient à la fois terrifiés et ravis",
            "Sandrine Aubanel",
            "Sandrine Aubanel",
            "souffle",
        ),
        ("à trois reprises", "Gilles Peyrolle", "Gilles Peyrolle", "dit"),
        (
            f"On nous répond que ce n’est pas une priorité. Attendez qu’un gamin se fasse charger et vous verrez si c’est une priorité{NNB}!",
            "Gilles Peyrolle",
            "l’élu",
            "s’emporte",
        ),
        (
            "quatre battues administratives",
            "préfecture des Bouches-du-Rhône",
            "La préfecture des Bouches-du-Rhône",
            "assure",
        ),
        (
            "La régulation en zone urbaine obéit à des règles de sécurité très strictes. On ne tire pas à côté d’un immeuble",
            "Antoine Vézian",
            "Antoine Vézian",
            "a précisé",
        ),
        (
            "Les gens les nourrissent. Je l’ai vu de mes yeux : des sacs de pain posés au pied des collines, des restes de couscous. Le sanglier est intelligent, il a compris que la ville, c’est le buffet.",
            "Jean-Claude Ferrucci",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Tant qu’on n’aura pas verbalisé ceux qui les nourrissent, on pourra faire toutes les battues qu’on veut. Ça ne servira à rien.",
            "Jean-Claude Ferrucci",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "donné les restes",
            "habitante",
            "Une habitante de la cité des Oliviers",
            "reconnaît",
        ),
        (
            "Ils étaient mignons, je savais pas que c’était interdit",
            "habitante",
            ("glisse-t-elle", "elle"),
            "glisse",
        ),
    ],
    ["Ne nourrissez pas les sangliers"],
)

article(
    "blind19-fr03",
    "fr",
    f"""Obsèques : le rapport qui veut faire baisser la facture des familles

Devis opaques, démarchage à l’hôpital, écarts de prix spectaculaires : une mission parlementaire propose vingt-trois mesures pour encadrer un marché que les familles découvrent au pire moment. Les pompes funèbres dénoncent un procès d’intention.

Par Claire Dumoulin
Publié le 21/05/2025 à 06:45

Partager

Trois mille huit cents euros. C’est, selon le rapport que L’Express a pu consulter, le coût moyen d’un enterrement en France en 2024, hors concession. Un chiffre en hausse de 22 % en cinq ans, bien au-delà de l’inflation. Signé par les députés Karine Méheut et Thibault Arnoult, le document, intitulé «{NB}Mourir sans se ruiner{NB}», doit être présenté mercredi en commission des affaires économiques.
Le constat est sévère. «{NB}Dans un moment de grande vulnérabilité, les familles signent des devis qu’elles ne comprennent pas et qu’elles n’ont pas le temps de comparer{NB}», écrivent les rapporteurs. Ils relèvent des écarts de prix «{NB}allant du simple au triple{NB}» pour un même cercueil d’une ville à l’autre.
Interrogée par L’Express, Karine Méheut assume un ton offensif. «{NB}Je ne dis pas que les pompes funèbres sont des voleurs. Je dis que le marché ne fonctionne pas, parce que personne ne fait jouer la concurrence le jour où il enterre sa mère.{NB}» Son corapporteur renchérit : «{NB}Le devis type est obligatoire depuis 2010. Presque personne ne le publie.{NB}»
Offre limitée. 2 mois pour 1 € sans engagement
Parmi les propositions figurent l’obligation d’afficher les prix en ligne, la création d’un «{NB}cercueil social{NB}» à tarif plafonné et l’interdiction de tout démarchage dans les hôpitaux et les Ehpad.
Côté professionnels, la riposte a été immédiate. L’Union nationale des opérateurs funéraires (Unof) dénonce dans un communiqué «{NB}un procès d’intention{NB}» et «{NB}une méconnaissance totale du métier{NB}». «{NB}Nos entreprises sont des PME familiales, pas des multinationales qui s’enrichissent sur le deuil{NB}», insiste son président, Hervé Lambin-Dussart, qui rappelle que la profession emploie 25 000 personnes.
Lire aussi : Assurance obsèques : ces contrats qui ne paient presque jamais
Pour Maryse Delorme, 61 ans, qui a enterré son mari l’an dernier à Angers, le rapport arrive «{NB}trop tard{NB}». Elle se souvient de la scène, dans un salon feutré à deux pas du funérarium :
«{NB}Le conseiller m’a dit : “Vous n’allez pas lui offrir le modèle de base, quand même{NB}?” J’ai pris le modèle du dessus. J’ai payé 1 400 euros de plus pour une boîte qui a brûlé en vingt minutes.{NB}»
Le gouvernement, lui, reste prudent. «{NB}Nous regarderons chaque proposition avec attention, mais il n’est pas question de fixer les prix par décret{NB}», a réagi auprès de L’Express la ministre du Commerce, Valérie Hautbois. Une proposition de loi transpartisane pourrait être déposée à l’automne.""",
    [
        (
            "Dans un moment de grande vulnérabilité, les familles signent des devis qu’elles ne comprennent pas et qu’elles n’ont pas le temps de comparer",
            "rapporteurs",
            "les rapporteurs",
            "écrivent",
        ),
        ("allant du simple au triple", "rapporteurs", ("Ils relèvent", "Ils"), "relèvent"),
        (
            "Je ne dis pas que les pompes funèbres sont des voleurs. Je dis que le marché ne fonctionne pas, parce que personne ne fait jouer la concurrence le jour où il enterre sa mère.",
            "Karine Méheut",
            "Karine Méheut",
            None,
        ),
        (
            "Le devis type est obligatoire depuis 2010. Presque personne ne le publie.",
            "Thibault Arnoult",
            "Son corapporteur",
            "renchérit",
        ),
        (
            "un procès d’intention",
            "Union nationale des opérateurs funéraires",
            "L’Union nationale des opérateurs funéraires",
            "dénonce",
        ),
        (
            "une méconnaissance totale du métier",
            "Union nationale des opérateurs funéraires",
            "L’Union nationale des opérateurs funéraires",
            "dénonce",
        ),
        (
            "Nos entreprises sont des PME familiales, pas des multinationales qui s’enrichissent sur le deuil",
            "Hervé Lambin-Dussart",
            "Hervé Lambin-Dussart",
            "insiste",
        ),
        ("trop tard", "Maryse Delorme", "Maryse Delorme", "Pour"),
        (
            f"Le conseiller m’a dit : “Vous n’allez pas lui offrir le modèle de base, quand même{NB}?” J’ai pris le modèle du dessus. J’ai payé 1 400 euros de plus pour une boîte qui a brûlé en vingt minutes.",
            "Maryse Delorme",
            ("Elle se souvient", "Elle"),
            "se souvient",
        ),
        (
            "Nous regarderons chaque proposition avec attention, mais il n’est pas question de fixer les prix par décret",
            "Valérie Hautbois",
            "Valérie Hautbois",
            "a réagi",
        ),
    ],
    ["Mourir sans se ruiner", "cercueil social"],
)

article(
    "blind19-fr04",
    "fr",
    f"""Sabine Marchetti : «{NB}Les trains de nuit ne sont pas un caprice de nostalgiques{NB}»

EXCLUSIF. Trois nouvelles lignes, un appel d’offres dès 2026 et des voitures-couchettes rénovées : la ministre déléguée aux Transports détaille au JDD son plan pour relancer les trains de nuit. Elle répond aussi aux régions, qui jugent le projet «{NB}mal financé{NB}».

Propos recueillis par Arnaud Pélissier
Publié le 08/06/2025 à 21h00
© Photo Manon Verdier pour le JDD

Le JDD. Vous annoncez trois nouvelles lignes de nuit. Lesquelles, et pour quand ?
Sabine Marchetti. Paris–Aurillac, Lyon–Bordeaux et Strasbourg–Perpignan, d’ici à 2028. Ce sont des liaisons où le train de jour met plus de six heures et où l’avion n’existe plus, ou presque. Le plan «{NB}Nuits de France{NB}» prévoit aussi de remettre à neuf les 180 voitures-couchettes existantes, qui en ont bien besoin.
Pourquoi cet intérêt soudain pour un mode de transport qu’on disait condamné ?
Il n’a rien de soudain. Quand j’étais petite, mon grand-père, qui était cheminot à Nevers, disait toujours : «{NB}Le train de nuit, c’est l’hôtel qui avance.{NB}» Il avait raison. Les Français le redécouvrent : la fréquentation a augmenté de 30 % en deux ans. Ce n’est pas un caprice de nostalgiques, c’est une réponse concrète pour les territoires enclavés et pour le climat.
Certains élus régionaux parlent d’un «{NB}gouffre financier{NB}». Que leur répondez-vous ?
Qu’ils regardent les chiffres. Un train de nuit coûte moins cher à la collectivité qu’une ligne aérienne subventionnée. L’État prendra en charge 70 % du déficit d’exploitation pendant dix ans. Je ne demande pas aux régions de payer, je leur demande de s’asseoir à la table.
Lire aussi : Trains de nuit : le Paris–Nice affiche complet tout l’été
L’Union des cheminots autonomes dénonce une «{NB}privatisation rampante{NB}» avec cet appel d’offres. Est-ce le cas ?
Non. L’appel d’offres est ouvert à tous, y compris à l’opérateur historique. Si le meilleur projet vient d’une entreprise publique, tant mieux. Ce qui compte pour moi, c’est que le train parte à l’heure, que les couchettes soient propres et que le billet ne coûte pas plus cher qu’un aller-retour en voiture.
Et le confort ? Les voyageurs se plaignent souvent de nuits blanches…
Je les ai entendus. J’ai pris moi-même le Paris–Briançon en mars, incognito. J’ai dormi trois heures. Les nouvelles voitures auront des compartiments à deux, des prises électriques, des douches dans certaines voitures. On ne fera pas un palace, mais on fera mieux.
Quand pourra-t-on réserver ?
Pour Paris–Aurillac, dès le service annuel de décembre 2026. Pour les deux autres lignes, il faudra attendre la livraison du matériel, sans doute à l’été 2028.
Le JDD, dans votre boîte mail tous les dimanches. S’inscrire""",
    [
        (
            "Les trains de nuit ne sont pas un caprice de nostalgiques",
            "Sabine Marchetti",
            "Sabine Marchetti",
            None,
        ),
        ("mal financé", "régions", ("aux régions", "régions"), "jugent"),
        ("Le train de nuit, c’est l’hôtel qui avance.", "grand-père", "mon grand-père", "disait"),
        ("gouffre financier", "élus régionaux", "Certains élus régionaux", "parlent"),
        (
            "privatisation rampante",
            "Union des cheminots autonomes",
            "L’Union des cheminots autonomes",
            "dénonce",
        ),
    ],
    ["Nuits de France"],
)

article(
    "blind19-fr05",
    "fr",
    """Somme : la boue des betteraves exaspère les automobilistes du Vimeu

Depuis le début de l’arrachage, les départementales se couvrent de terre. Un motard a chuté vendredi.

Par Julien Carpentier
Publié le 17/10/2024 à 18h12

« On roule sur une patinoire marron. » C’est ainsi que Didier Lenoir, chauffeur de car scolaire depuis quinze ans, résume l’état de la route départementale entre Frucourt-le-Val et Béthencourt-sur-Bresle ces jours-ci. Avec les pluies de la semaine dernière, chaque passage de remorque chargée de betteraves laisse derrière lui des plaques de terre collante.
Vendredi soir, un motard de 34 ans a chuté à la sortie d’un virage. Légèrement blessé à l’épaule, il a été transporté au centre hospitalier d’Abbeville. Selon la gendarmerie d’Abbeville, l’homme a perdu le contrôle « sur une plaque de terre d’une dizaine de mètres ».
Photo Courrier picard – Sébastien Haquette
Le maire de Frucourt-le-Val, Bernard Cauchy, a pris lundi un arrêté imposant le nettoyage des chaussées dans les deux heures suivant le passage des engins agricoles. « Je n’ai rien contre les agriculteurs, j’en suis un fils. Mais là, on joue avec la vie des gens », justifie l’édile.
À LIRE AUSSI. Betteraves : des rendements en baisse de 12 % dans la Somme
Chez les planteurs, on plaide la météo. « Quand il tombe 60 millimètres en cinq jours, vous pouvez avoir la meilleure volonté du monde, la terre colle », explique Arnaud Dufossé, qui cultive 140 hectares à Béthencourt-sur-Bresle. Le jeune agriculteur assure passer « la balayeuse tous les soirs ». « Mais dans la nuit, le camion de la sucrerie repasse derrière moi. Qui nettoie, à ce moment-là ? »
Contactée, la direction de la Sucrerie coopérative du Ponthieu indique avoir renforcé les consignes auprès de ses transporteurs. « Nos chauffeurs ont l’obligation de passer au débourbeur avant de reprendre la route. Tout manquement sera sanctionné », affirme le directeur du site, Olivier Masclet, qui rappelle que la campagne durera « jusqu’à fin janvier ».
Le président de l’Union des planteurs de la Somme, Francis Leroux, appelle les automobilistes à « un peu de patience ». « Trois mois par an, les routes de campagne servent aussi à ce pour quoi elles ont été faites », ajoute-t-il, en invitant les communes à installer des panneaux « Attention boue » à l’entrée des villages.
Un argument qui ne convainc pas Didier Lenoir. « Je transporte quarante gamins matin et soir. Le jour où le car part dans le fossé, on fera quoi ? Des panneaux ? »
La préfecture de la Somme rappelle que le fait de laisser de la boue sur la chaussée sans la signaler est passible d’une amende de 1 500 euros. Aucune verbalisation n’a été dressée à ce jour dans le secteur.
Partager sur Facebook · X · WhatsApp
Le Courrier picard vous recommande""",
    [
        ("On roule sur une patinoire marron.", "Didier Lenoir", "Didier Lenoir", "résume"),
        (
            "sur une plaque de terre d’une dizaine de mètres",
            "gendarmerie d’Abbeville",
            "la gendarmerie d’Abbeville",
            "Selon",
        ),
        (
            "Je n’ai rien contre les agriculteurs, j’en suis un fils. Mais là, on joue avec la vie des gens",
            "Bernard Cauchy",
            "l’édile",
            "justifie",
        ),
        (
            "Quand il tombe 60 millimètres en cinq jours, vous pouvez avoir la meilleure volonté du monde, la terre colle",
            "Arnaud Dufossé",
            "Arnaud Dufossé",
            "explique",
        ),
        ("la balayeuse tous les soirs", "Arnaud Dufossé", "Le jeune agriculteur", "assure"),
        (
            "Mais dans la nuit, le camion de la sucrerie repasse derrière moi. Qui nettoie, à ce moment-là ?",
            "Arnaud Dufossé",
            None,
            None,
        ),
        (
            "Nos chauffeurs ont l’obligation de passer au débourbeur avant de reprendre la route. Tout manquement sera sanctionné",
            "Olivier Masclet",
            "Olivier Masclet",
            "affirme",
        ),
        ("jusqu’à fin janvier", "Olivier Masclet", "Olivier Masclet", "rappelle"),
        ("un peu de patience", "Francis Leroux", "Francis Leroux", "appelle"),
        (
            "Trois mois par an, les routes de campagne servent aussi à ce pour quoi elles ont été faites",
            "Francis Leroux",
            ("ajoute-t-il", "il"),
            "ajoute",
        ),
        (
            "Je transporte quarante gamins matin et soir. Le jour où le car part dans le fossé, on fera quoi ? Des panneaux ?",
            "Didier Lenoir",
            "Didier Lenoir",
            None,
        ),
    ],
    ["Attention boue"],
)

article(
    "blind19-fr06",
    "fr",
    f"""Saint-Aubin-des-Caves : le restaurant troglodytique fermé par arrêté de péril

Publié le 27/02/2025 à 06:25 | Mis à jour le 27/02/2025 à 09:10

© Photo NR, Mathilde Roux

Il était 3 heures du matin, dans la nuit de dimanche à lundi, quand un bloc de tuffeau d’environ deux tonnes s’est détaché du coteau, juste au-dessus de la Cave aux Fouées. Personne n’a été blessé. Mais depuis mardi, le restaurant troglodytique, institution de la vallée depuis 1987, est fermé par un arrêté de péril signé par la maire, Christine Hamelin.
« Je n’avais pas le choix. Si un second bloc tombe un samedi midi, avec quatre-vingts couverts en terrasse, je ne me le pardonnerais jamais », a expliqué l’élue mercredi, lors d’un point presse improvisé devant la mairie.
Pour Patrice Guéret, qui tient l’établissement depuis 2009, le coup est rude. «On a douze salariés, les réservations pour Pâques, les mariages de juin… Tout s’arrête du jour au lendemain», souffle-t-il. Son épouse, Nathalie Guéret, espère une réouverture « avant l’été ». « Les caves sont là depuis le XVe siècle. Elles ne vont pas s’effondrer demain matin », assure-t-elle.
Lire aussi. Troglodytes : le grand inventaire des caves de Touraine
Le bureau d’études Géocavités 37 a été mandaté pour un diagnostic. Son ingénieur, Yann Le Bihan, a inspecté le coteau mardi, encordé. Dans son rapport préliminaire, il évoque « une fissuration ancienne, aggravée par les infiltrations d’eau de l’hiver ». Interrogé par la NR, il prévient : « Il faudra sans doute purger la falaise et poser des ancrages. Ça se chiffre en semaines, pas en jours. »
Reste à savoir qui paiera. Le coteau appartient à une indivision de quatre propriétaires privés, dont deux vivent à l’étranger. « Les travaux incombent au propriétaire du terrain, pas à l’exploitant », rappelle la sous-préfecture de Chinon, sollicitée par nos soins.
Abonnez-vous à La Nouvelle République : 1 € le premier mois
Sur la page Facebook du restaurant, les messages de soutien affluent. “On viendra dès que ça rouvre, tenez bon{NB}!” écrit une cliente de Blois. Une cagnotte baptisée « Sauvons la Cave aux Fouées » avait recueilli plus de 6 000 euros mercredi soir.
Les douze salariés ont été placés en chômage partiel. Une réunion entre la mairie, l’exploitant et les propriétaires du coteau est prévue lundi. « On mettra tout le monde autour de la table, et on ne sortira pas sans un calendrier », promet Christine Hamelin.
Réagir""",
    [
        (
            "Je n’avais pas le choix. Si un second bloc tombe un samedi midi, avec quatre-vingts couverts en terrasse, je ne me le pardonnerais jamais",
            "Christine Hamelin",
            "l’élue",
            "a expliqué",
        ),
        (
            "On a douze salariés, les réservations pour Pâques, les mariages de juin… Tout s’arrête du jour au lendemain",
            "Patrice Guéret",
            ("souffle-t-il", "il"),
            "souffle",
        ),
        ("avant l’été", "Nathalie Guéret", "Nathalie Guéret", "espère"),
        (
            "Les caves sont là depuis le XVe siècle. Elles ne vont pas s’effondrer demain matin",
            "Nathalie Guéret",
            ("assure-t-elle", "elle"),
            "assure",
        ),
        (
            "une fissuration ancienne, aggravée par les infiltrations d’eau de l’hiver",
            "Yann Le Bihan",
            ("il évoque", "il"),
            "évoque",
        ),
        (
            "Il faudra sans doute purger la falaise et poser des ancrages. Ça se chiffre en semaines, pas en jours.",
            "Yann Le Bihan",
            ("il prévient", "il"),
            "prévient",
        ),
        (
            "Les travaux incombent au propriétaire du terrain, pas à l’exploitant",
            "sous-préfecture de Chinon",
            "la sous-préfecture de Chinon",
            "rappelle",
        ),
        (
            f"On viendra dès que ça rouvre, tenez bon{NB}!",
            "cliente",
            "une cliente de Blois",
            "écrit",
        ),
        (
            "On mettra tout le monde autour de la table, et on ne sortira pas sans un calendrier",
            "Christine Hamelin",
            "Christine Hamelin",
            "promet",
        ),
    ],
    ["Sauvons la Cave aux Fouées"],
)

article(
    "blind19-fr07",
    "fr",
    """Déserts médicaux : "On offre une maison gratuite et personne ne vient", s'indigne un maire de l'Aveyron

Invité de Sud Radio ce mardi, Jean-Louis Bessière, maire de Saint-Géraud-d'Olt, a raconté deux ans de recherche infructueuse d'un médecin généraliste pour sa commune de 900 habitants.

Par la rédaction de Sud Radio
Publié le 12 novembre 2024 à 09h45

Écoutez l'intégralité de l'entretien dans le player ci-dessus

Le dernier médecin de Saint-Géraud-d'Olt a pris sa retraite en septembre 2022. Depuis, la commune a tout essayé : annonces dans les facultés, cabinet rénové, loyer offert et même une maison mise à disposition gratuitement. «On a dépensé 80 000 euros pour refaire le cabinet. Il est magnifique, et il est vide», a résumé Jean-Louis Bessière au micro de Sud Radio.
L'élu ne cache pas son amertume. «On offre une maison gratuite et personne ne vient. Les jeunes médecins me disent : “Monsieur le maire, c'est joli chez vous, mais ma compagne travaille à Toulouse.” Qu'est-ce que vous voulez répondre à ça ?» Selon lui, l'État «a laissé les campagnes se débrouiller toutes seules» depuis vingt ans.
À LIRE AUSSI > Médecins : les étudiants de quatrième année envoyés en zone rurale ?
Faut-il obliger les jeunes médecins à s'installer dans les zones sous-dotées ? Interrogé par notre journaliste Maxime Delpeyrat, le maire a tranché : «Oui. Trois ans, comme pour les profs. On forme les médecins avec l'argent public, ils peuvent bien rendre un peu au public.»
Une position que rejettent fermement les syndicats de médecins libéraux. Contactée par Sud Radio, la présidente du Syndicat des généralistes indépendants, Camille Roustan, estime qu'une telle contrainte «ferait fuir encore plus d'étudiants vers le salariat ou l'étranger». «Ce n'est pas en mettant des menottes aux internes qu'on va réparer trente ans de pénurie organisée», tacle-t-elle.
«Nous croyons à l'incitation plutôt qu'à la contrainte», a indiqué de son côté le ministère de la Santé dans une déclaration transmise à Sud Radio, rappelant que le plan «Médecins pour tous les territoires» prévoit l'envoi d'internes en fin de cursus dans les zones rurales dès la rentrée 2026.
En attendant, les habitants font 45 minutes de route pour consulter. «Ma mère a 91 ans, je ne peux pas l'emmener à Rodez tous les quinze jours», témoigne une auditrice, Odette, qui a appelé l'antenne pendant l'émission.
Jean-Louis Bessière, lui, ne désespère pas : la commune vient de publier une annonce en Belgique et en Roumanie. «Si un médecin roumain veut venir, je vais le chercher à l'aéroport moi-même», promet-il en riant.
Retrouvez «L'Invité de 8h10» chaque matin sur Sud Radio et en podcast""",
    [
        (
            "On offre une maison gratuite et personne ne vient",
            "Jean-Louis Bessière",
            "un maire de l'Aveyron",
            "s'indigne",
        ),
        (
            "On a dépensé 80 000 euros pour refaire le cabinet. Il est magnifique, et il est vide",
            "Jean-Louis Bessière",
            "Jean-Louis Bessière",
            "a résumé",
        ),
        (
            "On offre une maison gratuite et personne ne vient. Les jeunes médecins me disent : “Monsieur le maire, c'est joli chez vous, mais ma compagne travaille à Toulouse.” Qu'est-ce que vous voulez répondre à ça ?",
            "Jean-Louis Bessière",
            "L'élu",
            None,
        ),
        (
            "a laissé les campagnes se débrouiller toutes seules",
            "Jean-Louis Bessière",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Oui. Trois ans, comme pour les profs. On forme les médecins avec l'argent public, ils peuvent bien rendre un peu au public.",
            "Jean-Louis Bessière",
            "le maire",
            "a tranché",
        ),
        (
            "ferait fuir encore plus d'étudiants vers le salariat ou l'étranger",
            "Camille Roustan",
            "Camille Roustan",
            "estime",
        ),
        (
            "Ce n'est pas en mettant des menottes aux internes qu'on va réparer trente ans de pénurie organisée",
            "Camille Roustan",
            ("tacle-t-elle", "elle"),
            "tacle",
        ),
        (
            "Nous croyons à l'incitation plutôt qu'à la contrainte",
            "ministère de la Santé",
            "le ministère de la Santé",
            "a indiqué",
        ),
        (
            "Ma mère a 91 ans, je ne peux pas l'emmener à Rodez tous les quinze jours",
            "Odette",
            "Odette",
            "témoigne",
        ),
        (
            "Si un médecin roumain veut venir, je vais le chercher à l'aéroport moi-même",
            "Jean-Louis Bessière",
            ("promet-il", "il"),
            "promet",
        ),
    ],
    ["Médecins pour tous les territoires", "L'Invité de 8h10"],
)

article(
    "blind19-fr08",
    "fr",
    f"""Trottinettes électriques : le Sénat adopte un âge minimum de 14 ans, contre l’avis du gouvernement

Par Alix Moreau-Sallé
Publié le 19/03/2025 à 19:02 – Mis à jour le 19/03/2025 à 20:15

Partager cet article sur Facebook X Linkedin

Le Sénat a adopté mercredi, par 212 voix contre 118, la proposition de loi visant à «{NB}mieux encadrer l’usage des engins de déplacement personnel motorisés{NB}». Le texte, porté par la sénatrice Marie-Claude Vannier, fixe notamment à 14 ans l’âge minimum pour conduire une trottinette électrique et rend le port du casque obligatoire jusqu’à 18 ans.
«{NB}Chaque semaine, des enfants de 11 ou 12 ans arrivent aux urgences avec un traumatisme crânien. Nous ne pouvions plus regarder ailleurs{NB}», a lancé Marie-Claude Vannier à la tribune, rappelant que 42 personnes sont mortes l’an dernier dans un accident de trottinette.
Le gouvernement, représenté par le ministre délégué à la Sécurité routière, Julien Ferrand-Lacaze, s’est opposé à l’article 1er. «{NB}Fixer un âge, c’est bien. Encore faut-il pouvoir le contrôler. Qui va vérifier l’âge d’un adolescent sur une trottinette à 17 heures, sur un trottoir de Lyon{NNB}?{NB}» a interrogé le ministre, qui plaide pour une «{NB}approche par la formation{NB}» plutôt que par l’interdiction.
Rapporteur du texte pour la commission de l’aménagement du territoire, le sénateur Philippe Ardouin a défendu un compromis. «{NB}On ne va pas mettre un gendarme derrière chaque trottinette, a-t-il reconnu. Mais quand la loi fixe un interdit, les parents s’en emparent. C’est ce qui s’est passé avec la ceinture à l’arrière.{NB}»
Lire aussi : Sécurité routière : le Sénat veut durcir les sanctions contre les rodéos urbains
Sur les bancs de la gauche, plusieurs élus ont dénoncé un texte «{NB}anti-jeunes{NB}». «{NB}On interdit, on interdit, et on ne construit pas une seule piste cyclable{NB}», a regretté le sénateur écologiste Karim Belhadj, qui a voté contre. Dans un amendement rejeté, le groupe écologiste proposait de consacrer «{NB}5 % du produit des amendes{NB}» à l’aménagement de voies sécurisées autour des collèges.
L’Association des acteurs de la micromobilité (AAM), qui regroupe les opérateurs de trottinettes en libre-service, se dit «{NB}favorable à l’esprit du texte{NB}». Elle réclame toutefois «{NB}un délai d’au moins douze mois{NB}» pour adapter ses applications, selon un communiqué publié dans la soirée.
Le texte doit désormais être examiné par l’Assemblée nationale, où son inscription à l’ordre du jour reste incertaine. «{NB}Pas avant l’automne{NB}», glisse un conseiller ministériel.
Photo : capture Public Sénat
Suivez Public Sénat sur les réseaux sociaux""",
    [
        (
            "Chaque semaine, des enfants de 11 ou 12 ans arrivent aux urgences avec un traumatisme crânien. Nous ne pouvions plus regarder ailleurs",
            "Marie-Claude Vannier",
            "Marie-Claude Vannier",
            "a lancé",
        ),
        (
            f"Fixer un âge, c’est bien. Encore faut-il pouvoir le contrôler. Qui va vérifier l’âge d’un adolescent sur une trottinette à 17 heures, sur un trottoir de Lyon{NNB}?",
            "Julien Ferrand-Lacaze",
            "le ministre",
            "a interrogé",
        ),
        ("approche par la formation", "Julien Ferrand-Lacaze", "le ministre", "plaide"),
        (
            "On ne va pas mettre un gendarme derrière chaque trottinette",
            "Philippe Ardouin",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        (
            "Mais quand la loi fixe un interdit, les parents s’en emparent. C’est ce qui s’est passé avec la ceinture à l’arrière.",
            "Philippe Ardouin",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        ("anti-jeunes", "élus", "plusieurs élus", "ont dénoncé"),
        (
            "On interdit, on interdit, et on ne construit pas une seule piste cyclable",
            "Karim Belhadj",
            "Karim Belhadj",
            "a regretté",
        ),
        ("5 % du produit des amendes", "groupe écologiste", "le groupe écologiste", "proposait"),
        (
            "favorable à l’esprit du texte",
            "Association des acteurs de la micromobilité",
            "L’Association des acteurs de la micromobilité",
            "se dit",
        ),
        (
            "un délai d’au moins douze mois",
            "Association des acteurs de la micromobilité",
            ("Elle réclame", "Elle"),
            "réclame",
        ),
        ("Pas avant l’automne", "conseiller ministériel", "un conseiller ministériel", "glisse"),
    ],
    ["mieux encadrer l’usage des engins de déplacement personnel motorisés"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind19_fr.jsonl"), WORDS_RANGE)
