# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind4_fr.jsonl: a fourth blind French quotation set (written for depeche, CC0).

Ten French news articles written from scratch, with invented people and places, by a helper
who never read the quotes code, the other team sets or their scores: the set exists for an
honest, blind estimate of ``depeche.quotes`` on French news. Beats and outlet styles: a
regional fait divers (Ouest-France), national politics (Le Figaro), business results and
unions (Les Échos), an AFP wire (no padding inside « », straight apostrophes), football
(L'Équipe), témoignages of ordinary people (Le Parisien), a health study with straight "
marks, a court report (La Dépêche), an international negotiation with translated quotes
(Le Monde) and a culture portrait. Padding inside « » varies: NBSP, NNBSP, plain spaces, none.
Each article keeps the residue of a scraped page (bylines, dates, "Lire aussi", share lines,
newsletter and paywall pitches, photo credits). Gold follows the conventions of build_dev.py.

Do not tune the extractor on this file. Run ``python tests/data/quotes/build_blind4_fr.py``.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


def padded(text: str, space: str) -> str:
    """The text with the padding inside « » replaced by ``space``."""
    return text.replace("« ", "«" + space).replace(" »", space + "»")


article(
    "blind4-fr01",
    "fr",
    padded(
        """« J’ai vu les flammes par la fenêtre de la cuisine » : à Loudéac, un voisin sauve une famille d’un incendie

Loudéac — Par Gwenaëlle Le Bihan
Publié le 14/10/2026 à 07h12 Mis à jour le 14/10/2026 à 11h48

Il était un peu plus de 2 heures, dans la nuit de dimanche à lundi, quand Yannick Le Goff a été réveillé par l’aboiement de son chien. « J’ai vu les flammes par la fenêtre de la cuisine. Je n’ai pas réfléchi, j’ai pris l’échelle du garage », raconte le quinquagénaire, encore marqué, devant la maison voisine de la rue des Tanneurs, dont la toiture s’est effondrée.
À l’étage dormaient une mère et ses deux enfants, âgés de 4 et 9 ans. Le menuisier a brisé la vitre d’une chambre et les a aidés à descendre un par un. « Le petit ne voulait pas lâcher son doudou, alors je l’ai pris avec », sourit-il.
Les sapeurs-pompiers des Côtes-d’Armor, arrivés sur place une dizaine de minutes plus tard avec une quarantaine d’hommes, ont mis près de trois heures à maîtriser le feu. « Sans l’intervention du voisin, le bilan aurait pu être dramatique », souligne le lieutenant Fabrice Morvan, qui commandait les opérations. Selon lui, l’incendie serait parti « d’un appareil électrique resté en charge » dans le salon. Une enquête a été confiée à la gendarmerie.
Photo : Ouest-France / G. L. B.
La mère de famille, Sandrine Quéré, 37 ans, a été légèrement intoxiquée par les fumées et conduite au centre hospitalier de Pontivy, dont elle est ressortie lundi midi. Jointe par téléphone, elle dit n’avoir « aucun souvenir » de sa sortie par la fenêtre. « Je me suis réveillée dans le camion des pompiers. Mes enfants étaient là, enveloppés dans des couvertures. C’est tout ce qui compte. »
Lire aussi : Côtes-d’Armor : les incendies domestiques en hausse cet hiver
La mairie a proposé un relogement d’urgence dans un appartement communal. « Nous ferons le nécessaire aussi longtemps qu’il le faudra », assure le maire, Jean-Paul Rioual, qui a lancé un appel aux dons de vêtements et de fournitures scolaires. Une cagnotte intitulée « Solidarité rue des Tanneurs » a déjà récolté plus de 6 000 euros.
Dans le quartier, les habitants saluent le courage du menuisier. « Yannick, c’est quelqu’un de discret, il rend service à tout le monde », témoigne une voisine, Martine, 71 ans. « Il ne voudra pas qu’on en fasse un héros. »
L’intéressé confirme. « Un héros ? Non. N’importe qui aurait fait pareil », lâche-t-il en haussant les épaules, avant de retourner à son atelier.
Vous souhaitez recevoir toute l’actualité de Loudéac ? Inscrivez-vous à notre newsletter.
Partager cet article""",
        NB,
    ),
    [
        ("J’ai vu les flammes par la fenêtre de la cuisine", "Yannick Le Goff", None, None),
        (
            "J’ai vu les flammes par la fenêtre de la cuisine. Je n’ai pas réfléchi, j’ai pris l’échelle du garage",
            "Yannick Le Goff",
            "le quinquagénaire",
            "raconte",
        ),
        (
            "Le petit ne voulait pas lâcher son doudou, alors je l’ai pris avec",
            "Yannick Le Goff",
            ("sourit-il", "il"),
            "sourit-il",
        ),
        (
            "Sans l’intervention du voisin, le bilan aurait pu être dramatique",
            "Fabrice Morvan",
            "Fabrice Morvan",
            "souligne",
        ),
        (
            "d’un appareil électrique resté en charge",
            "Fabrice Morvan",
            ("Selon lui", "lui"),
            "Selon",
        ),
        ("aucun souvenir", "Sandrine Quéré", ("elle dit", "elle"), ("elle dit", "dit")),
        (
            "Je me suis réveillée dans le camion des pompiers. Mes enfants étaient là, enveloppés dans des couvertures. C’est tout ce qui compte.",
            "Sandrine Quéré",
            ("elle dit", "elle"),
            None,
        ),
        (
            "Nous ferons le nécessaire aussi longtemps qu’il le faudra",
            "Jean-Paul Rioual",
            "Jean-Paul Rioual",
            "assure",
        ),
        (
            "Yannick, c’est quelqu’un de discret, il rend service à tout le monde",
            "Martine",
            "Martine",
            "témoigne",
        ),
        ("Il ne voudra pas qu’on en fasse un héros.", "Martine", "Martine", None),
        (
            "Un héros ? Non. N’importe qui aurait fait pareil",
            "Yannick Le Goff",
            ("lâche-t-il", "il"),
            "lâche-t-il",
        ),
    ],
    ["Solidarité rue des Tanneurs"],
)

article(
    "blind4-fr02",
    "fr",
    padded(
        """Assurance chômage : la ministre du Travail sous le feu des critiques, Matignon temporise

Par Antoine Delorme
Publié il y a 3 heures, mis à jour il y a 1 heure

Abonnés

La ministre du Travail, Claire Vasseur-Amiot, a défendu mardi à l’Assemblée nationale sa réforme de l’assurance chômage, qui prévoit de réduire de deux mois la durée maximale d’indemnisation. « Le retour à l’emploi est la meilleure des protections », a-t-elle lancé lors des questions au gouvernement, sous les huées d’une partie de l’hémicycle.
La gauche dénonce un texte « brutal » et « injuste ». Le président du groupe socialiste, Mathieu Rochereau, a pris la parole juste après elle : « Vous faites payer aux chômeurs l’échec de votre politique économique. Aucun de ces deux mois ne créera un seul emploi. » Le député de la Somme a annoncé le dépôt d’une motion de censure si le gouvernement recourait au 49.3.
Même dans le camp présidentiel, le malaise est palpable. « On ne peut pas, à six mois des municipales, donner le sentiment qu’on tape toujours sur les mêmes », glisse un député Renaissance, qui a requis l’anonymat. Sa collègue Laure Benhamou, rapporteure du budget de la Sécurité sociale, se montre plus prudente. « Le texte est perfectible, reconnaît-elle. Mais le statu quo coûte 3 milliards par an. »
Le premier ministre, Xavier Lestrade, n’a pas pris la parole dans l’hémicycle. Mais à Matignon, on joue l’apaisement. « Le premier ministre a toujours dit qu’il était ouvert à des ajustements, à condition que l’équilibre financier soit préservé », fait savoir Matignon. Une réunion avec les partenaires sociaux est prévue jeudi.
Lire aussi : Réforme de l’assurance chômage : ce qui va changer pour les demandeurs d’emploi
Les syndicats, eux, ne désarment pas. Dans un communiqué, la CFDT appelle à une journée de mobilisation le 4 décembre et juge la réforme « idéologique ». Son mot d’ordre, « Pas un mois de moins », doit s’afficher sur les banderoles dans une cinquantaine de villes.
Interrogée par Le Figaro en fin de journée, Claire Vasseur-Amiot assure ne pas craindre l’épreuve de force. « Je respecte les syndicats, mais je ne gouverne pas par sondage », a-t-elle confié. La ministre reconnaît toutefois qu’un « geste » pour les seniors est « sur la table ». « Il faut que ceux qui ont travaillé toute leur vie ne soient pas les premiers pénalisés », poursuit-elle.
Cet article est réservé aux abonnés. Il vous reste 65% à découvrir.
Déjà abonné ? Connectez-vous""",
        NNB,
    ),
    [
        (
            "Le retour à l’emploi est la meilleure des protections",
            "Claire Vasseur-Amiot",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("brutal", "gauche", "gauche", "dénonce"),
        ("injuste", "gauche", "gauche", "dénonce"),
        (
            "Vous faites payer aux chômeurs l’échec de votre politique économique. Aucun de ces deux mois ne créera un seul emploi.",
            "Mathieu Rochereau",
            "Mathieu Rochereau",
            "a pris la parole",
        ),
        (
            "On ne peut pas, à six mois des municipales, donner le sentiment qu’on tape toujours sur les mêmes",
            "député",
            ("un député Renaissance", "député"),
            "glisse",
        ),
        (
            "Le texte est perfectible",
            "Laure Benhamou",
            ("reconnaît-elle", "elle"),
            "reconnaît-elle",
        ),
        (
            "Mais le statu quo coûte 3 milliards par an.",
            "Laure Benhamou",
            ("reconnaît-elle", "elle"),
            "reconnaît-elle",
        ),
        (
            "Le premier ministre a toujours dit qu’il était ouvert à des ajustements, à condition que l’équilibre financier soit préservé",
            "Matignon",
            ("fait savoir Matignon", "Matignon"),
            "fait savoir",
        ),
        ("idéologique", "CFDT", "CFDT", "juge"),
        (
            "Je respecte les syndicats, mais je ne gouverne pas par sondage",
            "Claire Vasseur-Amiot",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        ("geste", "Claire Vasseur-Amiot", "La ministre", ("La ministre reconnaît", "reconnaît")),
        (
            "sur la table",
            "Claire Vasseur-Amiot",
            "La ministre",
            ("La ministre reconnaît", "reconnaît"),
        ),
        (
            "Il faut que ceux qui ont travaillé toute leur vie ne soient pas les premiers pénalisés",
            "Claire Vasseur-Amiot",
            ("poursuit-elle", "elle"),
            "poursuit-elle",
        ),
    ],
    ["Pas un mois de moins"],
)

article(
    "blind4-fr03",
    "fr",
    """Sérignac : le bénéfice chute de 38 %, 1.200 postes menacés en France

L’équipementier automobile lyonnais a publié jeudi des résultats semestriels nettement inférieurs aux attentes. La direction annonce un plan de réorganisation qui inquiète les syndicats.

Par Hugo Brandt
Publié le 23 oct. 2026 à 7:45 Mis à jour le 23 oct. 2026 à 9:30

La transition vers l’électrique coûte cher à Sérignac. L’équipementier automobile a vu son bénéfice net reculer de 38 % au premier semestre, à 142 millions d’euros, pour un chiffre d’affaires en repli de 6 %, à 4,1 milliards. « Le marché européen ne s’est pas redressé comme nous l’espérions, et les volumes de véhicules électriques restent inférieurs de 20 % à nos hypothèses de début d’année », a expliqué le PDG, Olivier Demarsan, lors d’une conférence téléphonique avec les analystes.
Pour restaurer ses marges, le groupe va fermer deux de ses onze sites français, à Vierzon et à Saint-Dizier, et regrouper sa production de faisceaux électriques en Roumanie. Au total, jusqu’à 1.200 postes pourraient être supprimés d’ici à 2028. « Nous privilégierons les départs volontaires et les reclassements internes. Personne ne sera laissé sans solution », assure le dirigeant, qui évoque des décisions « douloureuses mais indispensables ».
Le directeur financier, Stéphane Kerbrat, a par ailleurs confirmé que le dividende serait réduit de moitié. « C’est une mesure de prudence, pas un signal de détresse. Notre bilan reste solide », a-t-il précisé.
Réaction immédiate des syndicats
La réaction des syndicats ne s’est pas fait attendre. « On nous parle de transition, mais la vérité, c’est que la direction délocalise ce qui était rentable ici », s’emporte Nadia Ferhat, déléguée syndicale centrale CGT. Selon elle, le site de Vierzon a « dégagé des bénéfices chaque année depuis dix ans ». La CFE-CGC, deuxième syndicat du groupe, réclame de son côté « une expertise indépendante » du plan.
A lire aussi : Automobile : les équipementiers européens face au mur de l’électrique
En Bourse, l’action Sérignac a perdu jusqu’à 11 % dans la matinée. « Les investisseurs attendaient un plan, ils l’ont eu, mais l’ampleur de la baisse des volumes surprend », observe Julien Masset, analyste chez Oddo BHF. Pour ce spécialiste du secteur, l’objectif de marge de 7 % en 2027, baptisé « Horizon 27 » en interne, paraît désormais « très ambitieux ».
Le ministère de l’Industrie a fait savoir qu’il suivrait le dossier « avec la plus grande attention » et qu’il recevrait les représentants du personnel la semaine prochaine. Les élus locaux de Vierzon, eux, demandent des garanties. « Une fermeture serait un séisme pour le bassin d’emploi », prévient le maire de la ville, Bernard Tillier.
Les Echos Newsletter : recevez chaque matin l’essentiel de l’actualité économique.""",
    [
        (
            "Le marché européen ne s’est pas redressé comme nous l’espérions, et les volumes de véhicules électriques restent inférieurs de 20 % à nos hypothèses de début d’année",
            "Olivier Demarsan",
            "Olivier Demarsan",
            "a expliqué",
        ),
        (
            "Nous privilégierons les départs volontaires et les reclassements internes. Personne ne sera laissé sans solution",
            "Olivier Demarsan",
            "le dirigeant",
            "assure",
        ),
        ("douloureuses mais indispensables", "Olivier Demarsan", "le dirigeant", "évoque"),
        (
            "C’est une mesure de prudence, pas un signal de détresse. Notre bilan reste solide",
            "Stéphane Kerbrat",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "On nous parle de transition, mais la vérité, c’est que la direction délocalise ce qui était rentable ici",
            "Nadia Ferhat",
            "Nadia Ferhat",
            "s’emporte",
        ),
        (
            "dégagé des bénéfices chaque année depuis dix ans",
            "Nadia Ferhat",
            ("Selon elle", "elle"),
            "Selon",
        ),
        ("une expertise indépendante", "CFE-CGC", ("La CFE-CGC", "CFE-CGC"), "réclame"),
        (
            "Les investisseurs attendaient un plan, ils l’ont eu, mais l’ampleur de la baisse des volumes surprend",
            "Julien Masset",
            "Julien Masset",
            "observe",
        ),
        (
            "très ambitieux",
            "Julien Masset",
            ("ce spécialiste du secteur", "spécialiste"),
            ("Pour ce spécialiste", "Pour"),
        ),
        (
            "avec la plus grande attention",
            "ministère de l’Industrie",
            "ministère de l’Industrie",
            "a fait savoir",
        ),
        (
            "Une fermeture serait un séisme pour le bassin d’emploi",
            "Bernard Tillier",
            "Bernard Tillier",
            "prévient",
        ),
    ],
    ["Horizon 27"],
)

article(
    "blind4-fr04",
    "fr",
    """Tempête Elvire: un mort dans le Finistère, 180.000 foyers privés d'électricité

Brest, 4 nov 2026 (AFP) - Un homme de 64 ans a été tué par la chute d'un arbre sur son véhicule mardi matin dans le Finistère, où la tempête Elvire a provoqué des rafales dépassant 160 km/h, ont indiqué les autorités.
L'accident s'est produit vers 06H30 sur une route départementale près de Landivisiau. «Le conducteur est décédé sur place malgré l'intervention rapide des secours», a précisé la préfecture du Finistère dans un communiqué.
Au plus fort de l'épisode, quelque 180.000 foyers étaient privés d'électricité en Bretagne et en Normandie, selon Enedis. «Nos équipes sont mobilisées depuis la nuit, avec des renforts venus de toute la France, mais certaines coupures pourraient durer jusqu'à jeudi», a déclaré à l'AFP un porte-parole du gestionnaire du réseau.
Le trafic ferroviaire a été interrompu sur plusieurs lignes. La SNCF a annoncé qu'aucun TER ne circulerait en Bretagne avant mercredi midi, «pour des raisons évidentes de sécurité». «Nous avons recensé plus de 70 arbres sur les voies», a précisé l'entreprise.
Le ministre de l'Intérieur, Gérald Pinson, qui s'est rendu dans l'après-midi à la cellule de crise de Quimper, a appelé la population à «la plus grande prudence». «Je demande à chacun de limiter ses déplacements au strict nécessaire», a-t-il dit devant la presse, saluant «l'engagement exceptionnel» des pompiers.
Selon Météo-France, les vents devaient progressivement faiblir dans la soirée, mais la vigilance orange «vagues-submersion» restait en vigueur pour quatre départements du littoral atlantique. «On a connu des tempêtes plus fortes, mais rarement aussi longues», a relevé Hervé Quintin, prévisionniste de l'établissement public.
Sur le port du Conquet, les pêcheurs n'ont pas pris la mer depuis dimanche. «Trois jours sans sortir, c'est une semaine de salaire qui s'envole», a témoigné auprès de l'AFP Loïc Abgrall, patron d'un chalutier de 12 mètres. «Mais personne ici ne va jouer avec sa vie», a ajouté le marin.
Les assureurs estiment que le coût des dégâts pourrait dépasser 400 millions d'euros. La Fédération France Assureurs a demandé au gouvernement une reconnaissance «rapide» de l'état de catastrophe naturelle. «Le dossier sera examiné dans les meilleurs délais», a assuré une source gouvernementale.
Dans la ville de Morlaix, un habitant, occupé à dégager des branches devant sa maison, résumait l'humeur générale: «On a l'habitude du vent ici, mais là, on a eu peur.»
Les écoles des communes les plus touchées resteront fermées mercredi, a annoncé le rectorat de Rennes.
xyz-abc/ppa/ial""",
    [
        (
            "Le conducteur est décédé sur place malgré l'intervention rapide des secours",
            "préfecture du Finistère",
            "préfecture du Finistère",
            "a précisé",
        ),
        (
            "Nos équipes sont mobilisées depuis la nuit, avec des renforts venus de toute la France, mais certaines coupures pourraient durer jusqu'à jeudi",
            "porte-parole",
            "porte-parole",
            "a déclaré",
        ),
        ("pour des raisons évidentes de sécurité", "SNCF", "SNCF", "a annoncé"),
        (
            "Nous avons recensé plus de 70 arbres sur les voies",
            "SNCF",
            ("l'entreprise", "entreprise"),
            ("a précisé l'entreprise", "a précisé"),
        ),
        ("la plus grande prudence", "Gérald Pinson", "Gérald Pinson", "a appelé"),
        (
            "Je demande à chacun de limiter ses déplacements au strict nécessaire",
            "Gérald Pinson",
            ("a-t-il dit", "il"),
            "a-t-il dit",
        ),
        ("l'engagement exceptionnel", "Gérald Pinson", ("a-t-il dit", "il"), "saluant"),
        (
            "On a connu des tempêtes plus fortes, mais rarement aussi longues",
            "Hervé Quintin",
            "Hervé Quintin",
            "a relevé",
        ),
        (
            "Trois jours sans sortir, c'est une semaine de salaire qui s'envole",
            "Loïc Abgrall",
            "Loïc Abgrall",
            "a témoigné",
        ),
        ("Mais personne ici ne va jouer avec sa vie", "Loïc Abgrall", "le marin", "a ajouté"),
        ("rapide", "Fédération France Assureurs", "Fédération France Assureurs", "a demandé"),
        (
            "Le dossier sera examiné dans les meilleurs délais",
            "source",
            ("une source gouvernementale", "source"),
            "a assuré",
        ),
        (
            "On a l'habitude du vent ici, mais là, on a eu peur.",
            "habitant",
            ("un habitant", "habitant"),
            "résumait",
        ),
    ],
    ["vagues-submersion"],
)

article(
    "blind4-fr05",
    "fr",
    padded(
        """Nantes arrache le nul à Lens au bout du temps additionnel
Ligue 1 - 12e journée

Menés 2-0 à la pause, les Canaris sont revenus à hauteur grâce à un doublé de Moussa Kanté, dont l’égalisation à la 94e minute. Un point précieux dans la course au maintien.

Par Romain Texier
Mis à jour le 9 novembre 2026 à 23h14

Il y avait quelque chose d’irrationnel dans l’air de Bollaert, samedi soir. Largement dominés en première période, les Nantais semblaient promis à une septième défaite de la saison avant que Moussa Kanté ne renverse la soirée. Entré à la mi-temps, l’attaquant guinéen a d’abord réduit le score d’une tête (71e), puis égalisé d’une frappe croisée alors que le quatrième arbitre avait annoncé quatre minutes. « Je savais qu’on aurait une dernière occasion. Je me suis dit : celle-là, tu ne la rates pas », a-t-il confié au micro de Canal+, le maillot encore trempé.
Son entraîneur, Pierre-Alain Guérin, n’a pas caché son soulagement. « En première mi-temps, on n’a pas existé. On a été trop bas, trop timides, on a laissé Lens jouer », a reconnu le technicien nantais en conférence de presse. « Mais ce groupe a du caractère. Je ne l’ai jamais lâché, il ne m’a jamais lâché. » Interrogé sur le choix de laisser Kanté sur le banc au coup d’envoi, le coach a souri : « Si je vous réponds que c’était prévu, vous me croirez ? »
Côté lensois, la frustration dominait. « On a fait le match qu’il fallait pendant 70 minutes, et on se fait punir sur deux ballons », regrettait le capitaine Florian Delattre, auteur du deuxième but sur penalty. Le milieu de terrain de 29 ans a pointé « un manque de méchanceté » dans les dernières minutes. Son coéquipier Yanis Bekhti, passeur décisif sur l’ouverture du score, ne voulait pas dramatiser : « Un point reste un point. On est toujours dans le wagon européen. »
L’entraîneur lensois, Tomasz Wierzbicki, s’est montré plus sévère. « Ce n’est pas une question de fatigue. C’est une question de concentration, et ça, je ne l’accepte pas », a lâché le Polonais, qui a regretté que son équipe ait « arrêté de jouer » après le deuxième but. Interrogé sur l’arbitrage, il a refusé de commenter la décision de M. Ruffier de ne pas siffler de faute sur l’action de l’égalisation : « Je ne parle pas des arbitres. »
Avec ce point, Nantes remonte à la 14e place, trois longueurs devant le premier relégable. Le Nantais, lui, savoure déjà la suite. « Mercredi on joue la Coupe, et j’ai envie de continuer sur cette dynamique », a glissé Kanté, avant de rejoindre le bus sous les chants des quelques centaines de supporters nantais qui entonnaient « Allez les jaunes ».
Réagissez à cet article
Les plus lus""",
        NB,
    ),
    [
        (
            "Je savais qu’on aurait une dernière occasion. Je me suis dit : celle-là, tu ne la rates pas",
            "Moussa Kanté",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "En première mi-temps, on n’a pas existé. On a été trop bas, trop timides, on a laissé Lens jouer",
            "Pierre-Alain Guérin",
            ("le technicien nantais", "technicien"),
            "a reconnu",
        ),
        (
            "Mais ce groupe a du caractère. Je ne l’ai jamais lâché, il ne m’a jamais lâché.",
            "Pierre-Alain Guérin",
            ("le technicien nantais", "technicien"),
            None,
        ),
        (
            "Si je vous réponds que c’était prévu, vous me croirez ?",
            "Pierre-Alain Guérin",
            ("le coach", "coach"),
            "a souri",
        ),
        (
            "On a fait le match qu’il fallait pendant 70 minutes, et on se fait punir sur deux ballons",
            "Florian Delattre",
            "Florian Delattre",
            "regrettait",
        ),
        (
            "un manque de méchanceté",
            "Florian Delattre",
            ("Le milieu de terrain", "milieu de terrain"),
            "a pointé",
        ),
        (
            "Un point reste un point. On est toujours dans le wagon européen.",
            "Yanis Bekhti",
            "Yanis Bekhti",
            "ne voulait pas dramatiser",
        ),
        (
            "Ce n’est pas une question de fatigue. C’est une question de concentration, et ça, je ne l’accepte pas",
            "Tomasz Wierzbicki",
            ("le Polonais", "Polonais"),
            "a lâché",
        ),
        ("arrêté de jouer", "Tomasz Wierzbicki", ("le Polonais", "Polonais"), "a regretté"),
        (
            "Je ne parle pas des arbitres.",
            "Tomasz Wierzbicki",
            ("il a refusé", "il"),
            "a refusé de commenter",
        ),
        (
            "Mercredi on joue la Coupe, et j’ai envie de continuer sur cette dynamique",
            "Moussa Kanté",
            ("a glissé Kanté", "Kanté"),
            "a glissé",
        ),
    ],
    ["Allez les jaunes"],
)

article(
    "blind4-fr06",
    "fr",
    padded(
        """« On nous enlève tout, petit à petit » : à Bondy, la fermeture du bureau de poste passe mal

Les habitants du quartier Blanqui ont appris la fermeture définitive de leur bureau de poste au 31 décembre. Commerçants, retraités et parents d’élèves se mobilisent.

Par Inès Bouaziz
Le 17 novembre 2026 à 18h02

Devant la petite agence de l’avenue Gallieni, une affiche blanche scotchée sur la vitre a suffi à mettre le quartier en émoi. « On nous enlève tout, petit à petit. D’abord la banque, puis le médecin, maintenant la Poste », soupire Josiane, 68 ans, qui vient chaque début de mois retirer sa pension au guichet. La sexagénaire n’a « jamais utilisé une appli » et ne compte pas s’y mettre. « À mon âge, on ne m’apprendra plus. Et puis je veux parler à quelqu’un, pas à un écran. »
Un peu plus loin, derrière le comptoir de son tabac-presse, Karim Ould-Ali a déjà fait ses calculs. « La moitié de mes clients passent chez moi en sortant de la Poste. Sans elle, je perds du passage, c’est sûr », explique le commerçant, installé ici depuis quinze ans. La Poste lui a proposé d’accueillir un point relais dans sa boutique. « J’ai dit que j’allais réfléchir, mais je ne suis pas banquier, moi », sourit-il.
Une pétition intitulée « Sauvons la Poste Blanqui » a recueilli plus de 2 300 signatures en dix jours. Elle a été lancée par Aurélie Mendy, mère de trois enfants et membre d’une association de parents d’élèves. « Les familles du quartier n’ont pas toutes une voiture. Aller jusqu’au centre-ville avec une poussette, c’est quarante minutes de bus », a-t-elle confié au Parisien. Selon la jeune femme, beaucoup de voisins « ne savent même pas » que la fermeture est actée.
Contactée, La Poste justifie sa décision par une fréquentation « en baisse constante » depuis 2019. « Le bureau accueille aujourd’hui moins de quarante clients par jour. Nous proposons une présence postale adaptée, avec un point relais commerçant et une agence à 1,2 km », précise l’entreprise publique.
Lire aussi. Seine-Saint-Denis : les bureaux de poste ferment-ils plus qu’ailleurs ?
La mairie, elle, dit avoir été « mise devant le fait accompli ». « Nous avons appris la nouvelle en même temps que les habitants. C’est inacceptable », s’indigne l’adjoint au maire chargé du quartier, Thierry Lambert, qui réclame un moratoire. L’élu doit rencontrer les responsables du groupe début décembre.
En attendant, les habitants s’organisent. Un rassemblement est prévu samedi à 11 heures devant l’agence. « On ne lâchera rien », promet un retraité, casquette vissée sur la tête, en tendant un tract. « Si on ne dit rien, la prochaine fois, ce sera l’école. »
Notre newsletter Seine-Saint-Denis : recevez chaque jour les infos de votre département
© Le Parisien / I.B.""",
        NNB,
    ),
    [
        ("On nous enlève tout, petit à petit", "Josiane", None, None),
        (
            "On nous enlève tout, petit à petit. D’abord la banque, puis le médecin, maintenant la Poste",
            "Josiane",
            "Josiane",
            "soupire",
        ),
        ("jamais utilisé une appli", "Josiane", ("La sexagénaire", "sexagénaire"), None),
        (
            "À mon âge, on ne m’apprendra plus. Et puis je veux parler à quelqu’un, pas à un écran.",
            "Josiane",
            ("La sexagénaire", "sexagénaire"),
            None,
        ),
        (
            "La moitié de mes clients passent chez moi en sortant de la Poste. Sans elle, je perds du passage, c’est sûr",
            "Karim Ould-Ali",
            ("le commerçant", "commerçant"),
            "explique",
        ),
        (
            "J’ai dit que j’allais réfléchir, mais je ne suis pas banquier, moi",
            "Karim Ould-Ali",
            ("sourit-il", "il"),
            "sourit-il",
        ),
        (
            "Les familles du quartier n’ont pas toutes une voiture. Aller jusqu’au centre-ville avec une poussette, c’est quarante minutes de bus",
            "Aurélie Mendy",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        ("ne savent même pas", "Aurélie Mendy", ("la jeune femme", "jeune femme"), "Selon"),
        ("en baisse constante", "La Poste", ("Contactée, La Poste", "La Poste"), "justifie"),
        (
            "Le bureau accueille aujourd’hui moins de quarante clients par jour. Nous proposons une présence postale adaptée, avec un point relais commerçant et une agence à 1,2 km",
            "La Poste",
            ("l’entreprise publique", "entreprise publique"),
            "précise",
        ),
        (
            "mise devant le fait accompli",
            "mairie",
            ("La mairie, elle", "mairie"),
            ("elle, dit", "dit"),
        ),
        (
            "Nous avons appris la nouvelle en même temps que les habitants. C’est inacceptable",
            "Thierry Lambert",
            "Thierry Lambert",
            "s’indigne",
        ),
        ("On ne lâchera rien", "retraité", ("un retraité", "retraité"), "promet"),
        (
            "Si on ne dit rien, la prochaine fois, ce sera l’école.",
            "retraité",
            ("un retraité", "retraité"),
            None,
        ),
    ],
    ["Sauvons la Poste Blanqui"],
)

article(
    "blind4-fr07",
    "fr",
    """Microplastiques : une étude française en détecte dans 9 placentas sur 10

Santé | Publié le 02/12/2026 à 10:15

Des chercheurs de l'Inserm et de l'université de Montpellier ont retrouvé des particules de plastique dans la quasi-totalité des placentas analysés. L'Anses appelle à la prudence sur l'interprétation des résultats.

C'est une étude qui risque de faire du bruit. Publiée mardi dans la revue "Environmental Health Perspectives", elle porte sur 112 placentas prélevés entre 2023 et 2025 dans trois maternités d'Occitanie. Des microplastiques ont été détectés dans 101 d'entre eux, principalement du polyéthylène et du polypropylène, deux matières très utilisées dans les emballages alimentaires.
"Nous ne nous attendions pas à une proportion aussi élevée", reconnaît la Pr Anne-Sophie Roubaud, toxicologue et coordinatrice des travaux. "Ce que nous montrons, c'est une exposition. Nous ne montrons pas, à ce stade, d'effet sur la santé de l'enfant", insiste la chercheuse, qui plaide pour des études de suivi sur plusieurs années.
Son collègue, le Dr Mehdi Saïdani, obstétricien au CHU de Montpellier, partage cette prudence. "Il ne faut pas que les futures mères paniquent", explique-t-il. "Les conseils restent les mêmes : éviter de chauffer les aliments dans des contenants en plastique, privilégier le verre, aérer son logement."
Une alerte à prendre au sérieux
Saisie du sujet depuis 2024, l'Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail (Anses) a salué dans un communiqué "un travail méthodologiquement solide", tout en rappelant que "les données toxicologiques sur les microplastiques chez l'humain restent très parcellaires". L'agence doit rendre un avis sur les seuils d'exposition au premier semestre 2027.
Pour d'autres scientifiques, l'étude confirme une tendance déjà observée en Italie et aux États-Unis. "On retrouve des microplastiques partout où on les cherche : dans le sang, dans les poumons, dans le lait maternel. La question n'est plus de savoir s'ils sont là, mais ce qu'ils font", résume Laurent Chevallier-Diaz, biologiste au CNRS, qui n'a pas participé à l'étude.
Les associations de défense de l'environnement y voient un argument de plus pour accélérer la réduction des emballages. Le collectif Zéro Plastique Santé réclame ainsi une "interdiction rapide" des barquettes en plastique dans les cantines, prévue par la loi mais repoussée à plusieurs reprises.
Au ministère de la Santé, on indique que l'étude "sera examinée avec attention" par le Haut Conseil de la santé publique. "Aucune mesure ne sera prise sur la base d'une seule publication", souligne toutefois un conseiller de la ministre, Sophie Marchetti.
Les chercheurs de Montpellier prévoient déjà une deuxième phase, baptisée "PlaceNta-Suivi", qui suivra 500 enfants jusqu'à l'âge de six ans.
À lire aussi
Perturbateurs endocriniens : ce que contient vraiment votre salle de bains
Cet article vous a été utile ? Partagez-le""",
    [
        (
            "Nous ne nous attendions pas à une proportion aussi élevée",
            "Anne-Sophie Roubaud",
            "Anne-Sophie Roubaud",
            "reconnaît",
        ),
        (
            "Ce que nous montrons, c'est une exposition. Nous ne montrons pas, à ce stade, d'effet sur la santé de l'enfant",
            "Anne-Sophie Roubaud",
            "la chercheuse",
            "insiste",
        ),
        (
            "Il ne faut pas que les futures mères paniquent",
            "Mehdi Saïdani",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Les conseils restent les mêmes : éviter de chauffer les aliments dans des contenants en plastique, privilégier le verre, aérer son logement.",
            "Mehdi Saïdani",
            ("explique-t-il", "il"),
            None,
        ),
        (
            "un travail méthodologiquement solide",
            "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
            "Anses",
            "a salué",
        ),
        (
            "les données toxicologiques sur les microplastiques chez l'humain restent très parcellaires",
            "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
            "Anses",
            "rappelant",
        ),
        (
            "On retrouve des microplastiques partout où on les cherche : dans le sang, dans les poumons, dans le lait maternel. La question n'est plus de savoir s'ils sont là, mais ce qu'ils font",
            "Laurent Chevallier-Diaz",
            "Laurent Chevallier-Diaz",
            "résume",
        ),
        ("interdiction rapide", "Zéro Plastique Santé", "Zéro Plastique Santé", "réclame"),
        (
            "sera examinée avec attention",
            "ministère de la Santé",
            "ministère de la Santé",
            ("on indique", "indique"),
        ),
        (
            "Aucune mesure ne sera prise sur la base d'une seule publication",
            "conseiller",
            ("un conseiller", "conseiller"),
            "souligne",
        ),
    ],
    ["Environmental Health Perspectives", "PlaceNta-Suivi"],
)

article(
    "blind4-fr08",
    "fr",
    padded(
        """Escroqueries aux faux placements : trois ans de prison requis contre un ancien conseiller bancaire

Tribunal correctionnel de Toulouse

Publié le 26/11/2026 à 19:20

Par Mathilde Carrère

Il comparaissait libre, costume sombre et voix posée. Frédéric Aubanel, 52 ans, ancien conseiller en gestion de patrimoine dans une agence bancaire de Colomiers, est soupçonné d’avoir détourné près de 860 000 euros à neuf de ses clients, pour la plupart des retraités, entre 2018 et 2022, en leur proposant des placements « garantis à 8 % » qui n’ont jamais existé.
À la barre, le prévenu a reconnu « des erreurs » mais contesté toute intention frauduleuse. « J’ai toujours cru que je pourrais rembourser. Je voulais gagner du temps, pas voler qui que ce soit », a-t-il affirmé, les mains agrippées au pupitre. La présidente, Isabelle Fontanier, l’a interrompu : « Gagner du temps pendant quatre ans, monsieur ? » Le quinquagénaire a baissé les yeux.
Parmi les victimes, Geneviève Sarrazin, 79 ans, veuve d’un agriculteur du Lauragais, a perdu l’essentiel de ses économies, soit 210 000 euros. « Je lui faisais confiance comme à mon fils », a-t-elle témoigné d’une voix tremblante. « Il venait chez moi, il prenait le café, il me parlait de ses enfants. »
Pour son avocat, Me Julien Castaing, l’ancien banquier a « méthodiquement choisi des personnes isolées ». « Ce n’est pas une dérive, c’est un système, a plaidé le conseil des parties civiles. Il savait exactement qui il ciblait et pourquoi. »
Le procureur de la République, Laurent Dufay, a dressé le portrait d’un homme « acculé par ses propres dépenses », qui aurait financé grâce à ces sommes l’achat d’une résidence secondaire à Collioure et plusieurs voyages. « Le tribunal ne jugera pas un homme en difficulté, mais un professionnel qui a trahi la confiance que lui accordait sa fonction », a lancé le magistrat, avant de requérir trois ans d’emprisonnement, dont dix-huit mois avec sursis, et une interdiction définitive d’exercer.
En défense, Me Sophie Larrieu a tenté de nuancer. Selon elle, son client a « tout perdu » : son emploi, son mariage, sa maison. « Il n’a jamais mené grand train, il a bouché des trous avec d’autres trous. C’est une fuite en avant, pas une stratégie », a soutenu l’avocate, qui a plaidé pour une peine aménageable.
La banque, qui s’est constituée partie civile, a indiqué par la voix de son conseil avoir « déjà indemnisé » six des neuf victimes.
Le jugement a été mis en délibéré au 14 janvier.
Lire aussi : Haute-Garonne : les arnaques aux faux placements ont triplé en cinq ans
Vous avez aimé cet article ? Abonnez-vous pour 1 € le premier mois.""",
        NB,
    ),
    [
        ("garantis à 8 %", "Frédéric Aubanel", "Frédéric Aubanel", None),
        ("des erreurs", "Frédéric Aubanel", ("le prévenu", "prévenu"), "a reconnu"),
        (
            "J’ai toujours cru que je pourrais rembourser. Je voulais gagner du temps, pas voler qui que ce soit",
            "Frédéric Aubanel",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "Gagner du temps pendant quatre ans, monsieur ?",
            "Isabelle Fontanier",
            "Isabelle Fontanier",
            "l’a interrompu",
        ),
        (
            "Je lui faisais confiance comme à mon fils",
            "Geneviève Sarrazin",
            ("a-t-elle témoigné", "elle"),
            "a-t-elle témoigné",
        ),
        (
            "Il venait chez moi, il prenait le café, il me parlait de ses enfants.",
            "Geneviève Sarrazin",
            ("a-t-elle témoigné", "elle"),
            None,
        ),
        (
            "méthodiquement choisi des personnes isolées",
            "Julien Castaing",
            "Julien Castaing",
            ("Pour son avocat", "Pour"),
        ),
        (
            "Ce n’est pas une dérive, c’est un système",
            "Julien Castaing",
            ("le conseil des parties civiles", "conseil"),
            "a plaidé",
        ),
        (
            "Il savait exactement qui il ciblait et pourquoi.",
            "Julien Castaing",
            ("le conseil des parties civiles", "conseil"),
            "a plaidé",
        ),
        (
            "acculé par ses propres dépenses",
            "Laurent Dufay",
            "Laurent Dufay",
            "a dressé le portrait",
        ),
        (
            "Le tribunal ne jugera pas un homme en difficulté, mais un professionnel qui a trahi la confiance que lui accordait sa fonction",
            "Laurent Dufay",
            ("le magistrat", "magistrat"),
            "a lancé",
        ),
        ("tout perdu", "Sophie Larrieu", ("Selon elle", "elle"), "Selon"),
        (
            "Il n’a jamais mené grand train, il a bouché des trous avec d’autres trous. C’est une fuite en avant, pas une stratégie",
            "Sophie Larrieu",
            ("l’avocate", "avocate"),
            "a soutenu",
        ),
        ("déjà indemnisé", "banque", ("La banque, qui", "banque"), "a indiqué"),
    ],
)

article(
    "blind4-fr09",
    "fr",
    padded(
        """Traité sur la haute mer : à Nairobi, les négociations s’enlisent sur le financement

Les délégations de 140 pays se sont séparées vendredi sans accord sur le fonds destiné aux pays en développement. Une nouvelle session est prévue en mars.

Par Clémence Aubry (Nairobi, envoyée spéciale)
Publié le 5 décembre 2026 à 21h30

Il a fallu attendre 3 heures du matin pour que la présidente de la conférence, la ministre kényane de l’Environnement, Grace Otieno, se résolve à suspendre les travaux. « Nous n’avons pas échoué. Nous avons simplement besoin de plus de temps pour que personne ne reste au bord du chemin », a-t-elle déclaré devant une salle clairsemée, dans un discours prononcé en anglais.
Au cœur du blocage : le montant du fonds de soutien aux pays en développement pour la surveillance des aires marines protégées. Les pays du Sud réclamaient 2 milliards de dollars par an ; les pays industrialisés n’en proposaient que la moitié.
« On nous demande de protéger les océans pour le bien de l’humanité, mais on refuse de nous en donner les moyens », a dénoncé la négociatrice en chef des Philippines, Maria Teresa Villanueva, au nom d’un groupe de 38 États insulaires et côtiers. « C’est une forme d’hypocrisie que nous ne pouvons plus accepter. »
Le ministre norvégien du Climat, Eirik Haugland, a jugé ces critiques « compréhensibles » tout en défendant l’offre européenne et nordique, qu’il estime « réaliste dans le contexte budgétaire actuel ». « Nous avons doublé notre contribution depuis l’an dernier, a-t-il rappelé à la presse. Nous sommes prêts à aller plus loin, mais pas sans garanties sur l’utilisation des fonds. »
Pékin, resté discret pendant les deux semaines de discussions, s’est contenté d’un bref communiqué appelant à « respecter le principe de responsabilités communes mais différenciées ». Washington, qui n’a pas ratifié le traité, n’avait envoyé qu’un observateur.
Lire aussi : Océans : ce que change le traité sur la haute mer, entré en vigueur en 2026
Côté ONG, la déception domine. « C’est une occasion manquée, et chaque année perdue se paie en espèces disparues », regrette Lucie Vermeersch, de la Fondation Mer Vivante, présente à Nairobi depuis le début de la session. Un diplomate africain, sous couvert d’anonymat, se montre plus optimiste : « Les positions se sont rapprochées. En mars, je pense qu’on signera. »
Le secrétaire exécutif de la conférence, le Sénégalais Abdou Karim Ndiaye, a fixé la prochaine réunion au 16 mars, à Genève. « Les textes techniques sont prêts à 90 %, a-t-il assuré. Il ne manque plus qu’une volonté politique. »
Cet article est paru dans l’édition du Monde du 6 décembre.
Partager
Ajouter à vos sélections""",
        NNB,
    ),
    [
        (
            "Nous n’avons pas échoué. Nous avons simplement besoin de plus de temps pour que personne ne reste au bord du chemin",
            "Grace Otieno",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "On nous demande de protéger les océans pour le bien de l’humanité, mais on refuse de nous en donner les moyens",
            "Maria Teresa Villanueva",
            "Maria Teresa Villanueva",
            "a dénoncé",
        ),
        (
            "C’est une forme d’hypocrisie que nous ne pouvons plus accepter.",
            "Maria Teresa Villanueva",
            "Maria Teresa Villanueva",
            None,
        ),
        ("compréhensibles", "Eirik Haugland", "Eirik Haugland", "a jugé"),
        (
            "réaliste dans le contexte budgétaire actuel",
            "Eirik Haugland",
            ("qu’il estime", "il"),
            "estime",
        ),
        (
            "Nous avons doublé notre contribution depuis l’an dernier",
            "Eirik Haugland",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Nous sommes prêts à aller plus loin, mais pas sans garanties sur l’utilisation des fonds.",
            "Eirik Haugland",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "respecter le principe de responsabilités communes mais différenciées",
            "Pékin",
            "Pékin",
            "appelant",
        ),
        (
            "C’est une occasion manquée, et chaque année perdue se paie en espèces disparues",
            "Lucie Vermeersch",
            "Lucie Vermeersch",
            "regrette",
        ),
        (
            "Les positions se sont rapprochées. En mars, je pense qu’on signera.",
            "diplomate",
            ("Un diplomate africain", "diplomate"),
            "se montre plus optimiste",
        ),
        (
            "Les textes techniques sont prêts à 90 %",
            "Abdou Karim Ndiaye",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Il ne manque plus qu’une volonté politique.",
            "Abdou Karim Ndiaye",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
    ],
)

article(
    "blind4-fr10",
    "fr",
    padded(
        """Léa Morvandiau, la chanteuse qui a fait danser les Ehpad

Portrait. À 34 ans, l’autrice-compositrice bretonne publie « Les Heures claires », un troisième album enregistré en partie avec des résidents de maisons de retraite. Rencontre.

Par Paul-Henri Dassier
Publié le 28/11/2026 à 08h00

Elle arrive au café avec dix minutes d’avance, un carnet à spirale sous le bras. « Je note tout, les phrases des gens, les bruits, les prénoms. Le jour où j’arrête, je n’écris plus rien », prévient Léa Morvandiau en commandant un thé. Le carnet en question a servi de matrice à « Les Heures claires », sorti vendredi, que la critique présente déjà comme l’« album de la maturité ». L’intéressée lève les yeux au ciel : « La maturité, on me la promet depuis le premier disque. »
Tout a commencé en 2023, quand sa grand-mère est entrée dans un Ehpad de Lannion. « J’allais la voir avec ma guitare, et au bout de trois semaines, il y avait douze personnes dans la chambre », raconte-t-elle. De ces après-midi est née une tournée de quarante dates dans des maisons de retraite de l’Ouest, puis l’envie d’un disque. Plusieurs résidents chantent sur l’album, dont Marcel, 91 ans, ancien marin, sur le titre « Le Phare d’Ar-Men ».
Son producteur, Antoine Kerhervé, se souvient de sessions « complètement imprévisibles ». « Un jour, une dame s’est mise à chanter une gavotte en plein milieu d’une prise. On l’a gardée. C’est le meilleur moment du disque », s’amuse l’ingénieur du son, qui travaille avec elle depuis ses débuts.
Le succès, pourtant, n’a pas toujours été au rendez-vous. Après un premier album salué par la presse mais boudé par le public, la Bretonne a failli tout arrêter. « J’ai travaillé deux ans dans une librairie à Rennes. Je pensais que la musique, c’était fini », confie-t-elle. C’est une reprise de son titre « Marée basse » par une série télévisée qui l’a remise en selle.
Aujourd’hui, les salles se remplissent et la tournée de printemps affiche complet à Nantes et à Brest. Sur franceinfo, la semaine dernière, elle a confié avoir « un peu peur » du succès. Devant nous, elle nuance : « Pas peur du succès. Peur d’oublier pourquoi je fais ça. »
Pour la directrice de la salle rennaise l’Ubu, Camille Jaouen, qui l’a programmée dès 2017, la chanteuse « a gardé la même sincérité qu’à ses débuts ». « Elle dit bonjour à tous les techniciens, elle connaît le prénom des bénévoles. Ça paraît bête, mais dans ce métier, ça devient rare », observe-t-elle.
La tournée « Les Heures claires » passera par Paris, à la Cigale, le 12 mars.
Newsletter Culture : chaque vendredi, nos coups de cœur
Crédit photo : Marion Le Pape / Ouest Médias""",
        NB,
    ),
    [
        (
            "Je note tout, les phrases des gens, les bruits, les prénoms. Le jour où j’arrête, je n’écris plus rien",
            "Léa Morvandiau",
            "Léa Morvandiau",
            "prévient",
        ),
        ("album de la maturité", "critique", ("la critique", "critique"), "présente"),
        (
            "La maturité, on me la promet depuis le premier disque.",
            "Léa Morvandiau",
            ("L’intéressée", "intéressée"),
            None,
        ),
        (
            "J’allais la voir avec ma guitare, et au bout de trois semaines, il y avait douze personnes dans la chambre",
            "Léa Morvandiau",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        ("complètement imprévisibles", "Antoine Kerhervé", "Antoine Kerhervé", "se souvient"),
        (
            "Un jour, une dame s’est mise à chanter une gavotte en plein milieu d’une prise. On l’a gardée. C’est le meilleur moment du disque",
            "Antoine Kerhervé",
            ("l’ingénieur du son", "ingénieur du son"),
            "s’amuse",
        ),
        (
            "J’ai travaillé deux ans dans une librairie à Rennes. Je pensais que la musique, c’était fini",
            "Léa Morvandiau",
            ("confie-t-elle", "elle"),
            "confie-t-elle",
        ),
        ("un peu peur", "Léa Morvandiau", ("elle a confié", "elle"), "a confié"),
        (
            "Pas peur du succès. Peur d’oublier pourquoi je fais ça.",
            "Léa Morvandiau",
            ("elle nuance", "elle"),
            "nuance",
        ),
        (
            "a gardé la même sincérité qu’à ses débuts",
            "Camille Jaouen",
            "Camille Jaouen",
            ("Pour la directrice", "Pour"),
        ),
        (
            "Elle dit bonjour à tous les techniciens, elle connaît le prénom des bénévoles. Ça paraît bête, mais dans ce métier, ça devient rare",
            "Camille Jaouen",
            ("observe-t-elle", "elle"),
            "observe-t-elle",
        ),
    ],
    [
        "Les Heures claires",
        "Les Heures claires",
        "Le Phare d’Ar-Men",
        "Marée basse",
        "Les Heures claires",
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind4_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
