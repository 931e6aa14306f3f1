# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind6_fr.jsonl: a sixth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code nor the other sets' articles,
so that its score is an honest, blind estimate of how ``depeche.quotes`` does on French news
text nobody tuned it on. Every story, person, place, outlet and organisation is invented.
Beats: a national daily's long read on a ski resort closing (with a multi-paragraph quote), a
regional daily's faits divers (a barn fire), an interview in questions and answers with a
sociologist, a rugby match report, an agency dispatch on border talks between two invented
states (no padding inside the marks, translated words, anonymous diplomat), an investigation
built on internal emails and anonymous sources, a cour d'assises report with courtroom
dialogue, and a science piece quoting a study and its critics (“ ” marks too). Padding varies:
NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind6_fr.py`` from tests/data/quotes after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind6-fr01",
    "fr",
    f"""«{NB}On ne vend plus de la neige, on vend du temps{NB}» : à Vaurennes, une station de ski apprend à vivre sans hiver

Récit
Par Agathe Morvan (Vaurennes (Haute-Sérande), envoyée spéciale)
Publié aujourd’hui à 06h00, modifié à 09h12
Temps de Lecture 8 min. Article réservé aux abonnés

Le dernier télésiège de Vaurennes s’est arrêté un mardi de mars, sans cérémonie. Ce matin-là, Josiane Ferrand, 67 ans, qui a vendu des forfaits au guichet du Plan-du-Loup pendant trente et un ans, a rendu sa clé au chef d’exploitation. «{NB}Je n’ai pas pleuré. J’ai pleuré après, dans la voiture, parce que personne ne me regardait{NB}», raconte-t-elle aujourd’hui dans sa cuisine.
Station-village de 1 400 habitants perchée à 1 350 mètres, Vaurennes a longtemps vécu de ses quarante kilomètres de pistes. Depuis 2019, l’enneigement moyen y a reculé de près d’un tiers, selon les relevés de l’observatoire régional des Hautes-Terres.
Le télésiège du Plan-du-Loup, à l’arrêt depuis mars 2026. LUCAS VERDIER POUR « L’HORIZON »
Le maire, Bertrand Oudinot (divers droite), élu en 2020 sur la promesse de «{NB}sauver le ski{NB}», a fini par signer la fermeture du domaine. «{NB}On ne vend plus de la neige, on vend du temps. Du temps calme, de l’air frais, des sentiers{NB}», résume l’édile, qui a fait adopter en conseil municipal un plan baptisé «{NB}Vaurennes 4 saisons{NB}». Il reconnaît volontiers avoir changé d’avis : «{NB}J’ai fait campagne contre ce que je fais aujourd’hui. Ça s’appelle prendre ses responsabilités, ou manger son chapeau, comme vous voudrez.{NB}»
Lire aussi | Dans les massifs de moyenne altitude, les stations face au mur climatique
La Société d’aménagement touristique de la Haute-Sérande (Saths), qui exploitait les remontées, avait accumulé 11 millions d’euros de dettes. Sollicitée par L’Horizon, la société indique que «{NB}le démontage des installations sera achevé d’ici à l’automne 2027 et que chaque salarié a reçu une proposition de reclassement{NB}».
Pour la géographe Inès Barthélemy, chercheuse à l’université de Grenat, Vaurennes n’est «{NB}ni une exception ni un laboratoire, juste un peu en avance{NB}». «{NB}Il y a environ quatre-vingts stations dans la même situation. La différence, c’est qu’ici on a arrêté de faire semblant{NB}», estime-t-elle.
Sur la place de l’église, Marcel Guyon, 81 ans, ancien moniteur de ski, se souvient :
«{NB}Quand je suis arrivé, en 1962, il n’y avait qu’un téléski à perche et une buvette. On montait les skis sur l’épaule. Les gens de la ville nous prenaient pour des sauvages, et on les prenait pour des fous.
«{NB}Après, il y a eu les années fric. Les immeubles, les parkings, les canons. On a cru que ça durerait toujours. Personne ne regardait le thermomètre.
«{NB}Aujourd’hui, mes petits-enfants font du vélo là où j’ai appris à faire du chasse-neige. Je ne suis pas triste. Une montagne, ça ne sert pas qu’à glisser.{NB}»
Newsletter «{NB}La Lettre des territoires{NB}» Chaque semaine, nos journalistes racontent la France loin des métropoles. S’inscrire
Tous ne partagent pas cet optimisme. Au conseil municipal, l’opposition dénonce une «{NB}capitulation{NB}». «{NB}On a laissé tomber les saisonniers, les loueurs, les moniteurs. Le vélo, ça fait vivre trois mois par an, pas six{NB}», tacle Sandrine Lhermitte, conseillère municipale d’opposition, qui a lancé une pétition. À la région, un élu de la majorité, qui souhaite garder l’anonymat, se montre plus cinglant encore : «{NB}Vaurennes a servi d’exemple pour ne pas avoir à payer pour les autres.{NB}»
Josiane Ferrand, elle, a trouvé un nouveau guichet : elle tient trois après-midi par semaine l’accueil de la maison des sentiers. «{NB}Les gens me demandent encore où sont les pistes, sourit-elle. Je leur montre la carte des randonnées. Ils repartent contents, la plupart du temps.{NB}»
Agathe Morvan (Vaurennes (Haute-Sérande), envoyée spéciale)""",
    [
        ("On ne vend plus de la neige, on vend du temps", "Bertrand Oudinot", None, None),
        (
            "Je n’ai pas pleuré. J’ai pleuré après, dans la voiture, parce que personne ne me regardait",
            "Josiane Ferrand",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        ("sauver le ski", "Bertrand Oudinot", "Bertrand Oudinot", None),
        (
            "On ne vend plus de la neige, on vend du temps. Du temps calme, de l’air frais, des sentiers",
            "Bertrand Oudinot",
            "l’édile",
            "résume",
        ),
        (
            "J’ai fait campagne contre ce que je fais aujourd’hui. Ça s’appelle prendre ses responsabilités, ou manger son chapeau, comme vous voudrez.",
            "Bertrand Oudinot",
            ("Il reconnaît", "Il"),
            "reconnaît",
        ),
        (
            "le démontage des installations sera achevé d’ici à l’automne 2027 et que chaque salarié a reçu une proposition de reclassement",
            "Société d’aménagement touristique de la Haute-Sérande",
            ("la société indique", "la société"),
            "indique",
        ),
        (
            "ni une exception ni un laboratoire, juste un peu en avance",
            "Inès Barthélemy",
            "Inès Barthélemy",
            "Pour",
        ),
        (
            "Il y a environ quatre-vingts stations dans la même situation. La différence, c’est qu’ici on a arrêté de faire semblant",
            "Inès Barthélemy",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        (
            "Quand je suis arrivé, en 1962, il n’y avait qu’un téléski à perche et une buvette. On montait les skis sur l’épaule. Les gens de la ville nous prenaient pour des sauvages, et on les prenait pour des fous.",
            "Marcel Guyon",
            "Marcel Guyon",
            "se souvient",
        ),
        (
            "Après, il y a eu les années fric. Les immeubles, les parkings, les canons. On a cru que ça durerait toujours. Personne ne regardait le thermomètre.",
            "Marcel Guyon",
            "Marcel Guyon",
            "se souvient",
        ),
        (
            "Aujourd’hui, mes petits-enfants font du vélo là où j’ai appris à faire du chasse-neige. Je ne suis pas triste. Une montagne, ça ne sert pas qu’à glisser.",
            "Marcel Guyon",
            "Marcel Guyon",
            "se souvient",
        ),
        ("capitulation", "opposition", "l’opposition", "dénonce"),
        (
            "On a laissé tomber les saisonniers, les loueurs, les moniteurs. Le vélo, ça fait vivre trois mois par an, pas six",
            "Sandrine Lhermitte",
            "Sandrine Lhermitte",
            "tacle",
        ),
        (
            "Vaurennes a servi d’exemple pour ne pas avoir à payer pour les autres.",
            "élu",
            "un élu de la majorité",
            "se montre plus cinglant encore",
        ),
        (
            "Les gens me demandent encore où sont les pistes",
            "Josiane Ferrand",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        (
            "Je leur montre la carte des randonnées. Ils repartent contents, la plupart du temps.",
            "Josiane Ferrand",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
    ],
    ["L’HORIZON", "Vaurennes 4 saisons", "La Lettre des territoires"],
)

article(
    "blind6-fr02",
    "fr",
    f"""Quillebœuf-sur-Aure : un incendie ravage une grange, un voisin sauve 80 vaches

Faits divers
Par la rédaction d'Aure-et-Bocage | Publié le 14/10/2026 à 07h32 | Mis à jour le 14/10/2026 à 11h05

Il était un peu plus de 2 heures, dans la nuit de lundi à mardi, quand les premières flammes ont été aperçues au lieu-dit La Croix-Brûlée, à Quillebœuf-sur-Aure. Une grange de 600 m² abritant du fourrage et du matériel agricole a été entièrement détruite. Personne n'a été blessé.
C'est un voisin, Kévin Lefrançois, 23 ans, qui a donné l'alerte. Réveillé par les aboiements de son chien, le jeune homme a d'abord cru à un feu de broussailles. « J'ai ouvert les volets et tout le ciel était orange. J'ai appelé les pompiers en courant, pieds nus », raconte-t-il.
Avec l'exploitant, Gérard Hamel, il a ouvert les barrières de la stabulation voisine pour faire sortir les quatre-vingts vaches laitières. « Sans lui, je perdais tout. Le troupeau, c'est trente ans de travail », a confié l'éleveur de 58 ans, encore sous le choc, au téléphone avec La Voix du Bocage. « Il a eu le réflexe que je n'ai pas eu. Moi, je regardais brûler. »
Partager : Facebook Twitter WhatsApp Copier le lien
Une cinquantaine de sapeurs-pompiers venus de six centres de secours ont été mobilisés. «{NB}Le feu était très développé à notre arrivée, avec un risque de propagation aux maisons d'habitation. Nous avons concentré nos efforts sur leur protection{NB}», a expliqué le commandant Yannick Le Goff, officier de garde du service départemental d'incendie et de secours, sur place mardi matin. L'incendie a été déclaré « maîtrisé » vers 5 h 30, mais les pompiers devaient rester toute la journée pour noyer les ballots de paille qui se consumaient encore.
La grange, entièrement détruite, mardi matin. (Photo Aure-et-Bocage / Martin Delalande)
Une enquête a été ouverte pour déterminer l'origine du sinistre. « Aucune piste n'est privilégiée à ce stade, ni accidentelle ni criminelle », indique la gendarmerie de l'Aure dans un communiqué publié mardi. Selon une source proche de l'enquête, un court-circuit sur le tableau électrique du bâtiment « fait partie des hypothèses sérieuses ».
Lire aussi : Aure-et-Bocage : trois incendies agricoles en un mois, les éleveurs inquiets
Le maire de Quillebœuf-sur-Aure, Nadine Poirier, s'est rendue sur les lieux dès 4 heures. L'élue salue « un geste de courage qui honore toute la commune ». Elle a annoncé l'ouverture d'une cagnotte en ligne, baptisée « Debout la Croix-Brûlée », pour aider l'exploitant à reconstruire. «{NB}La solidarité, ici, ce n'est pas un mot. Dès ce matin, trois agriculteurs ont proposé de prendre des bêtes en pension{NB}», a-t-elle souligné.
Kévin Lefrançois, lui, refuse le costume de héros. « J'ai fait ce que n'importe qui aurait fait. Les vaches, elles, ne savaient pas où aller, alors on les a poussées vers le pré du bas », glisse le jeune homme, qui travaille comme mécanicien agricole à Saint-Véran-d'Aure. Et de conclure, dans un sourire : « Par contre, j'ai perdu mes chaussons. »
Recevez chaque matin l'essentiel de l'actualité de l'Aure. S'inscrire à la newsletter
Vous avez aimé cet article ? Réagissez (3 commentaires)""",
    [
        (
            "J'ai ouvert les volets et tout le ciel était orange. J'ai appelé les pompiers en courant, pieds nus",
            "Kévin Lefrançois",
            ("raconte-t-il", "il"),
            "raconte-t-il",
        ),
        (
            "Sans lui, je perdais tout. Le troupeau, c'est trente ans de travail",
            "Gérard Hamel",
            "l'éleveur",
            "a confié",
        ),
        (
            "Il a eu le réflexe que je n'ai pas eu. Moi, je regardais brûler.",
            "Gérard Hamel",
            None,
            None,
        ),
        (
            "Le feu était très développé à notre arrivée, avec un risque de propagation aux maisons d'habitation. Nous avons concentré nos efforts sur leur protection",
            "Yannick Le Goff",
            "Yannick Le Goff",
            "a expliqué",
        ),
        ("maîtrisé", None, None, None),
        (
            "Aucune piste n'est privilégiée à ce stade, ni accidentelle ni criminelle",
            "gendarmerie de l'Aure",
            "gendarmerie de l'Aure",
            "indique",
        ),
        (
            "fait partie des hypothèses sérieuses",
            "source",
            ("une source proche", "source"),
            "Selon",
        ),
        (
            "un geste de courage qui honore toute la commune",
            "Nadine Poirier",
            "L'élue",
            "salue",
        ),
        (
            "La solidarité, ici, ce n'est pas un mot. Dès ce matin, trois agriculteurs ont proposé de prendre des bêtes en pension",
            "Nadine Poirier",
            ("a-t-elle souligné", "elle"),
            "a-t-elle souligné",
        ),
        (
            "J'ai fait ce que n'importe qui aurait fait. Les vaches, elles, ne savaient pas où aller, alors on les a poussées vers le pré du bas",
            "Kévin Lefrançois",
            "le jeune homme",
            "glisse",
        ),
        ("Par contre, j'ai perdu mes chaussons.", "Kévin Lefrançois", None, "Et de conclure"),
    ],
    ["Debout la Croix-Brûlée"],
)

article(
    "blind6-fr03",
    "fr",
    f"""Entretien
Léa Castaing : «{NNB}La nuit, on ne travaille pas moins, on travaille seule{NNB}»
La sociologue a passé quatre ans avec des infirmières, des agents de sécurité, des caristes et des boulangers. Dans «{NNB}les Veilleurs{NNB}», elle décrit une France invisible qui fait tourner le jour.
Recueilli par Mathis Delorme
publié le 9 novembre 2026 à 16h45
Ils seraient près de quatre millions à travailler régulièrement la nuit, selon l’Observatoire des conditions de travail. Léa Castaing, maîtresse de conférences à l’université de Valmont, a passé quatre ans à les suivre, de l’entrepôt à la salle de garde. Son livre paraît jeudi aux éditions du Cormoran. Pour elle, la nuit est «{NNB}le dernier angle mort du débat sur le travail{NNB}».
Pourquoi la nuit ?
Parce que personne ne la regarde. Quand j’ai commencé l’enquête, un directeur d’entrepôt m’a lancé : «{NNB}Vous allez voir, il ne se passe rien la nuit.{NNB}» Je lui ai répondu : «{NNB}Alors je viendrai voir le rien.{NNB}» Il y avait trois cents personnes sur le quai.
Qu’est-ce qui distingue le travail de nuit ?
La solitude, d’abord. Une infirmière de Villeterre m’a décrit ses gardes ainsi : «{NNB}À 3 heures du matin, je suis la seule adulte réveillée pour quarante patients. Si je me trompe, personne ne le verra avant 7 heures.{NNB}» Et puis le corps. Tout le monde me parlait du sommeil, de l’estomac, des enfants qu’on croise à peine entre deux services.
Le gouvernement veut assouplir les règles du travail de nuit dans la logistique. Qu’en pensez-vous ?
Le ministre du Travail, Hervé Rocheteau, parle de «{NNB}travail choisi{NNB}». Sur le terrain, je n’ai rencontré presque personne qui l’avait choisi. On accepte la nuit pour la prime, pour garder son poste, parce que c’est ça ou rien. Le slogan de la campagne du ministère, «{NNB}La nuit, vos droits veillent{NNB}», m’a fait sourire, je l’avoue.
Lire aussi : Travail de nuit : la réforme de la logistique adoptée en commission
Vous citez longuement un boulanger…
Rachid Bensaïd, oui. Il a 52 ans et se lève à 1 heure du matin depuis trente-quatre ans. Il m’a dit une phrase que j’ai mise en exergue du livre : “Je fais le pain que les gens mangent sans jamais me voir.” Il ne se plaignait pas. Il constatait. C’est ce qui m’a le plus frappée : très peu de colère, beaucoup de lucidité.
Les syndicats se sont-ils emparés du sujet ?
Tard, et souvent mal. Les revendications portent sur les primes, rarement sur la santé. Or les études sur les cancers, le diabète, les troubles du sommeil s’accumulent depuis vingt ans.
Qu’aimeriez-vous que vos lecteurs retiennent ?
Que la nuit n’est pas un décor. Une agente de sécurité, Sonia, m’a dit en riant, à la fin d’une ronde : «{NNB}Vous, vous dormez. Nous, on vous garde.{NNB}» C’est un peu ça, le contrat. Un contrat que personne n’a jamais vraiment signé.
Contacté par L’Écho libre, le cabinet du ministre du Travail assure que la réforme «ne concernera que des salariés volontaires» et qu’elle sera «évaluée au bout d’un an».
Les Veilleurs, de Léa Castaing, éditions du Cormoran, 288 pp., 21 €.
Partager sur : Facebook X LinkedIn E-mail""",
    [
        (
            "La nuit, on ne travaille pas moins, on travaille seule",
            "Léa Castaing",
            "Léa Castaing",
            None,
        ),
        (
            "le dernier angle mort du débat sur le travail",
            "Léa Castaing",
            ("Pour elle", "elle"),
            "Pour",
        ),
        (
            "Vous allez voir, il ne se passe rien la nuit.",
            "directeur",
            "un directeur d’entrepôt",
            "m’a lancé",
        ),
        (
            "Alors je viendrai voir le rien.",
            "Léa Castaing",
            ("Je lui ai répondu", "Je"),
            "ai répondu",
        ),
        (
            "À 3 heures du matin, je suis la seule adulte réveillée pour quarante patients. Si je me trompe, personne ne le verra avant 7 heures.",
            "infirmière",
            "Une infirmière de Villeterre",
            "m’a décrit",
        ),
        ("travail choisi", "Hervé Rocheteau", "Hervé Rocheteau", "parle de"),
        (
            "Je fais le pain que les gens mangent sans jamais me voir.",
            "Rachid Bensaïd",
            ("Il m’a dit", "Il"),
            "m’a dit",
        ),
        ("Vous, vous dormez. Nous, on vous garde.", "Sonia", "Sonia", "m’a dit"),
        (
            "ne concernera que des salariés volontaires",
            "cabinet du ministre du Travail",
            "le cabinet du ministre du Travail",
            "assure",
        ),
        (
            "évaluée au bout d’un an",
            "cabinet du ministre du Travail",
            "le cabinet du ministre du Travail",
            "assure",
        ),
    ],
    ["les Veilleurs", "La nuit, vos droits veillent"],
)

article(
    "blind6-fr04",
    "fr",
    f"""Pro D2 : Montbrun renverse Baussens au bout du suspense (24-23)
Porté par un essai de Timoté Vaïfale à la 79e minute, le Stade montbrunois s'est imposé d'un point sur la pelouse de l'Aviron baussenquais, vendredi soir, et rejoint le top 6.
Romain Lestrade (avec A. Pujol, à Baussens)
Mis à jour le 7 novembre 2026 à 23h58
Il restait quatre-vingt-dix secondes, Baussens menait 23-17 et le stade Jean-Lacaze chantait déjà. Puis il y a eu cette pénaltouche, ce maul, et Timoté Vaïfale, le troisième-ligne aile des Montbrunois, jailli du fond d'un regroupement pour aplatir entre les poteaux. La transformation de Baptiste Sarrailh a fait le reste.
«{NB}On n'a jamais lâché. Même à 23-10, dans le vestiaire à la mi-temps, personne ne parlait de défaite{NB}», a soufflé le troisième-ligne au micro de Canal Ovale, le maillot déchiré. «{NB}C'est mon premier essai de la saison. Je le dédie à ma fille, elle est née mardi.{NB}»
Pourtant, pendant une heure, les Montbrunois avaient semblé «{NB}à côté de leurs crampons{NB}», selon l'expression de leur manager, Philippe Darrigade. Dominés en mêlée, pénalisés à neuf reprises, ils ont encaissé deux essais en première période, signés de l'ailier Hugo Cazenave et du talonneur Lucas Ithurralde.
VIDÉO - Le résumé du match (2'45)
«{NB}À la pause, je leur ai dit que j'avais honte. Pas du score, de l'attitude. Ils ont répondu comme des hommes{NB}», a raconté Darrigade en conférence de presse. Le technicien, qui a connu quatre montées dans l'élite comme joueur, refusait pourtant de s'enflammer : «{NB}Le top 6, en novembre, ça ne veut rien dire. On en reparlera en avril.{NB}»
Côté baussenquais, la déception était immense. «{NB}On leur offre le match. Une pénaltouche bête à la 78e, un maul mal défendu... On ne peut pas perdre comme ça à domicile{NB}», pestait le capitaine Julien Etcheberry, qui disputait son 150e match sous le maillot ciel et blanc. Son entraîneur, Serge Lalanne, a pointé «{NB}un manque de maturité{NB}» et refusé d'accabler l'arbitre, Florent Dubarry, pourtant copieusement sifflé par le public : «{NB}Il a vu ce qu'il a vu. Nous, on a surtout mal vu le ballon.{NB}»
Dans les tribunes, la banderole «{NB}Ici, on ne recule pas{NB}», déployée par les Irréductibles avant le coup d'envoi, a été rangée en silence.
Partager cet article
Baptiste Sarrailh, auteur de 14 points, savourait. «{NB}Cette transformation, je l'ai tapée mille fois à l'entraînement. Face aux poteaux, c'est presque plus dur : tu n'as pas d'excuse{NB}», a-t-il expliqué en zone mixte, avant d'ajouter, en souriant : «{NB}Mais j'ai quand même fermé les yeux une demi-seconde.{NB}»
La fiche du match : Baussens 23 - Montbrun 24. Mi-temps : 13-3. Arbitre : F. Dubarry. Spectateurs : 6 840.
Montbrun recevra Sainte-Foy-d'Arize vendredi prochain, pour le compte de la 11e journée. «{NB}On va fêter ça ce soir, raisonnablement, a promis Vaïfale. Et lundi, on reprend le boulot.{NB}»
Lire aussi : Pro D2 : le classement après la 10e journée""",
    [
        (
            "On n'a jamais lâché. Même à 23-10, dans le vestiaire à la mi-temps, personne ne parlait de défaite",
            "Timoté Vaïfale",
            "le troisième-ligne",
            "a soufflé",
        ),
        (
            "C'est mon premier essai de la saison. Je le dédie à ma fille, elle est née mardi.",
            "Timoté Vaïfale",
            None,
            None,
        ),
        ("à côté de leurs crampons", "Philippe Darrigade", "Philippe Darrigade", "selon"),
        (
            "À la pause, je leur ai dit que j'avais honte. Pas du score, de l'attitude. Ils ont répondu comme des hommes",
            "Philippe Darrigade",
            "Darrigade",
            "a raconté",
        ),
        (
            "Le top 6, en novembre, ça ne veut rien dire. On en reparlera en avril.",
            "Philippe Darrigade",
            "Le technicien",
            None,
        ),
        (
            "On leur offre le match. Une pénaltouche bête à la 78e, un maul mal défendu... On ne peut pas perdre comme ça à domicile",
            "Julien Etcheberry",
            "Julien Etcheberry",
            "pestait",
        ),
        ("un manque de maturité", "Serge Lalanne", "Serge Lalanne", "a pointé"),
        (
            "Il a vu ce qu'il a vu. Nous, on a surtout mal vu le ballon.",
            "Serge Lalanne",
            "Serge Lalanne",
            None,
        ),
        (
            "Cette transformation, je l'ai tapée mille fois à l'entraînement. Face aux poteaux, c'est presque plus dur : tu n'as pas d'excuse",
            "Baptiste Sarrailh",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Mais j'ai quand même fermé les yeux une demi-seconde.",
            "Baptiste Sarrailh",
            ("a-t-il expliqué", "il"),
            "d'ajouter",
        ),
        ("On va fêter ça ce soir, raisonnablement", "Timoté Vaïfale", "Vaïfale", "a promis"),
        ("Et lundi, on reprend le boulot.", "Timoté Vaïfale", "Vaïfale", "a promis"),
    ],
    ["Ici, on ne recule pas"],
)

article(
    "blind6-fr05",
    "fr",
    """Différend frontalier: la Karvanie et la Sélenne renouent le dialogue sous médiation orlandaise

AFP
Publié le 18/11/2026 à 15h22, mis à jour à 18h40
Ajouter à mes favoris

BRÉVANNE (Orlande) (AFP) - Les chefs de la diplomatie karvane et sélennite se sont retrouvés mercredi à Brévanne, pour la première fois depuis la fermeture de leur frontière commune il y a dix-huit mois, sous l'égide de la Confédération orlandaise, a constaté un journaliste de l'AFP.
«Nous ne sommes pas venus pour signer, mais pour arrêter de nous crier dessus», a déclaré à la presse le ministre karvane des Affaires étrangères, Dorian Vasquel, à son arrivée au château de Sainte-Aude, où se tiennent les discussions.
Son homologue sélennite, Amira Tazdaït, s'est montrée plus réservée. Le retour des 40.000 déplacés de la vallée de l'Ostre reste «une condition non négociable», a-t-elle rappelé, selon des propos traduits par ses services. «Sans cela, il n'y aura pas de deuxième séance.»
Dans un communiqué publié dans la matinée, le ministère sélennite des Affaires étrangères avait qualifié la fermeture de la frontière de «faute historique» et appelé Vostrad à «faire le premier geste».
Le médiateur orlandais, l'ancien président de la Confédération Hans-Peter Rüegg, a salué «un premier pas», tout en mettant en garde contre «tout excès d'optimisme». «Dix-huit mois de silence ne s'effacent pas en une après-midi», a-t-il souligné devant quelques journalistes.
Selon un diplomate européen en poste à Brévanne, les deux délégations ont néanmoins convenu de créer un groupe de travail technique sur la réouverture du poste-frontière de Kelm, fermé depuis mai 2025. «C'est modeste, mais c'est la première chose sur laquelle ils sont d'accord depuis un an et demi», a confié ce diplomate à l'AFP, sous couvert d'anonymat.
À Vostrad, la présidence karvane a fait savoir qu'elle «soutenait pleinement» la démarche de son ministre, tandis que l'opposition nationaliste a appelé à manifester jeudi contre toute «concession».
Le différend porte sur le tracé de la frontière fixé par le «Protocole de Kelm» de 1994, que la Sélenne juge caduc depuis l'exercice militaire karvane «Bouclier d'Ostre», organisé au printemps 2025 à quelques kilomètres de la ligne de démarcation. Des dizaines de milliers d'habitants de la vallée avaient alors fui vers l'ouest.
Interrogée en fin de journée sur les garanties de sécurité réclamées par Vostrad, la cheffe de la diplomatie sélennite a perdu un peu de sa réserve. «Nos amis karvanes parlent de “sécurité”, a-t-elle dit. Nous parlons de familles qui dorment sous des tentes depuis deux hivers.»
Les discussions doivent reprendre jeudi matin, en présence d'observateurs de l'Union des États riverains, qui a dit espérer «un calendrier clair» d'ici la fin de l'année.
bur-jlb/sg/mm
© 2026 AFP""",
    [
        (
            "Nous ne sommes pas venus pour signer, mais pour arrêter de nous crier dessus",
            "Dorian Vasquel",
            "Dorian Vasquel",
            "a déclaré",
        ),
        (
            "une condition non négociable",
            "Amira Tazdaït",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        ("Sans cela, il n'y aura pas de deuxième séance.", "Amira Tazdaït", None, None),
        (
            "faute historique",
            "ministère sélennite des Affaires étrangères",
            "ministère sélennite des Affaires étrangères",
            "avait qualifié",
        ),
        (
            "faire le premier geste",
            "ministère sélennite des Affaires étrangères",
            "ministère sélennite des Affaires étrangères",
            "appelé",
        ),
        ("un premier pas", "Hans-Peter Rüegg", "Hans-Peter Rüegg", "a salué"),
        ("tout excès d'optimisme", "Hans-Peter Rüegg", "Hans-Peter Rüegg", "mettant en garde"),
        (
            "Dix-huit mois de silence ne s'effacent pas en une après-midi",
            "Hans-Peter Rüegg",
            ("a-t-il souligné", "il"),
            "a-t-il souligné",
        ),
        (
            "C'est modeste, mais c'est la première chose sur laquelle ils sont d'accord depuis un an et demi",
            "diplomate",
            "ce diplomate",
            "a confié",
        ),
        ("soutenait pleinement", "présidence karvane", "présidence karvane", "a fait savoir"),
        ("concession", "opposition nationaliste", "l'opposition nationaliste", "a appelé"),
        (
            "Nos amis karvanes parlent de “sécurité”",
            "Amira Tazdaït",
            ("a-t-elle dit", "elle"),
            "a-t-elle dit",
        ),
        (
            "Nous parlons de familles qui dorment sous des tentes depuis deux hivers.",
            "Amira Tazdaït",
            ("a-t-elle dit", "elle"),
            "a-t-elle dit",
        ),
        (
            "un calendrier clair",
            "Union des États riverains",
            ("qui a dit espérer", "qui"),
            "a dit espérer",
        ),
    ],
    ["Protocole de Kelm", "Bouclier d'Ostre"],
)

article(
    "blind6-fr06",
    "fr",
    f"""EHPAD : les documents qui montrent comment le groupe Sérénis a rationné les repas
Par Élise Fontanel et Yanis Brahimi
20 novembre 2026 à 08h15
Des courriels internes, des tableaux de commande et un rapport d’inspection consultés par Contre-Champ révèlent qu’un groupe privé de maisons de retraite a imposé à ses établissements un budget alimentaire de 4,10 euros par résident et par jour.
Cet article est en accès libre. Soutenez une presse indépendante : abonnez-vous.
«{NNB}On nous demandait de faire des purées avec de l’eau. Pas avec du lait : avec de l’eau.{NNB}» Samia Hadjadj, aide-soignante depuis douze ans à la résidence Les Tilleuls, à Morlanne, se souvient précisément du jour où la consigne est arrivée, au printemps 2025.
Cette consigne ne doit rien au hasard. Elle découle d’un plan d’économies baptisé «{NNB}Cap Efficience{NNB}», lancé début 2025 par la direction du groupe Sérénis, qui gère 64 établissements. Selon un document interne daté du 14 février 2025, que Contre-Champ a pu consulter, le poste alimentaire de chaque résidence a été plafonné à 4,10 euros par résident et par jour, contre 5,35 euros l’année précédente.
Dans un courriel adressé le 12 mars 2025 aux directeurs d’établissement de la région Ouest, le directeur régional, Frédéric Galland, se montre explicite : «{NNB}Les écarts au budget denrées ne seront plus tolérés. Je vous rappelle que votre part variable en dépend.{NNB}» Un mois plus tard, il relance : «{NNB}Certains sites continuent de commander des produits laitiers hors catalogue. Cela doit cesser immédiatement.{NNB}»
À lire aussi EHPAD : la grande opacité des comptes des groupes privés
Une ancienne directrice d’établissement du groupe, qui a quitté Sérénis à l’été 2025 et requiert l’anonymat par crainte de poursuites, confirme la pression. «{NB}On passait nos réunions à parler de grammes. Combien de grammes de viande, combien de grammes de fromage. Jamais de ce que les résidents aimaient manger{NB}», raconte-t-elle. Elle affirme avoir alerté sa hiérarchie à deux reprises, sans réponse.
Ces alertes ont fini par remonter jusqu’aux autorités. Dans un rapport intitulé «{NNB}Contrôle de la qualité de la prise en charge – résidence Les Tilleuls{NNB}», daté de janvier 2026, l’Agence sanitaire du Val-d’Ardre relève «{NNB}des manquements graves et répétés{NNB}» en matière de nutrition et constate que onze résidents ont perdu plus de 5 % de leur poids en trois mois.
Me Clémence Rival, avocate de six familles de résidents, a déposé plainte le 3 novembre pour mise en danger de la vie d’autrui. «{NNB}Ce que montrent ces documents, c’est que la faim des résidents était une variable d’ajustement. Quelqu’un a fait ce calcul, et quelqu’un l’a validé{NNB}», accuse-t-elle. Selon un proche du dossier, le parquet de Morlanne devrait ouvrir une enquête préliminaire «{NNB}dans les prochaines semaines{NNB}».
Sollicité à plusieurs reprises, le groupe Sérénis a fini par répondre par écrit à nos questions. Il assure que le plan «{NNB}Cap Efficience{NNB}» «{NNB}n’a jamais visé la qualité des repas, mais le gaspillage{NNB}» et que les menus sont validés par des diététiciennes. Le groupe dit «{NNB}prendre très au sérieux{NNB}» le rapport de l’Agence sanitaire. Frédéric Galland, qui a quitté l’entreprise en juin, n’a pas répondu à nos sollicitations.
À Morlanne, Samia Hadjadj a vu revenir le lait dans les purées en février. «{NNB}Trop tard pour certains, dit-elle doucement. Mme Roux, on l’a enterrée en décembre. Elle pesait 38 kilos.{NNB}»
Boîte noire
Cette enquête a débuté en juin 2026, à la suite d’un signalement reçu par notre plateforme sécurisée. Toutes les personnes mises en cause ont été sollicitées. Certaines sources ont requis l’anonymat ; leur identité est connue de la rédaction.""",
    [
        (
            "On nous demandait de faire des purées avec de l’eau. Pas avec du lait : avec de l’eau.",
            "Samia Hadjadj",
            "Samia Hadjadj",
            "se souvient",
        ),
        (
            "Les écarts au budget denrées ne seront plus tolérés. Je vous rappelle que votre part variable en dépend.",
            "Frédéric Galland",
            "Frédéric Galland",
            "se montre explicite",
        ),
        (
            "Certains sites continuent de commander des produits laitiers hors catalogue. Cela doit cesser immédiatement.",
            "Frédéric Galland",
            ("il relance", "il"),
            "relance",
        ),
        (
            "On passait nos réunions à parler de grammes. Combien de grammes de viande, combien de grammes de fromage. Jamais de ce que les résidents aimaient manger",
            "directrice",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "des manquements graves et répétés",
            "Agence sanitaire du Val-d’Ardre",
            "Agence sanitaire du Val-d’Ardre",
            "relève",
        ),
        (
            "Ce que montrent ces documents, c’est que la faim des résidents était une variable d’ajustement. Quelqu’un a fait ce calcul, et quelqu’un l’a validé",
            "Clémence Rival",
            ("accuse-t-elle", "elle"),
            "accuse-t-elle",
        ),
        (
            "dans les prochaines semaines",
            "proche",
            ("un proche du dossier", "proche"),
            "Selon",
        ),
        (
            "n’a jamais visé la qualité des repas, mais le gaspillage",
            "groupe Sérénis",
            ("Il assure", "Il"),
            "assure",
        ),
        ("prendre très au sérieux", "groupe Sérénis", "Le groupe", "dit"),
        ("Trop tard pour certains", "Samia Hadjadj", ("dit-elle", "elle"), "dit-elle"),
        (
            "Mme Roux, on l’a enterrée en décembre. Elle pesait 38 kilos.",
            "Samia Hadjadj",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
    ],
    [
        "Cap Efficience",
        "Contrôle de la qualité de la prise en charge – résidence Les Tilleuls",
        "Cap Efficience",
    ],
)

article(
    "blind6-fr07",
    "fr",
    """Cour d'assises de l'Yvelle : quinze ans de réclusion requis contre Thierry Mazel
Au troisième jour de son procès pour le meurtre de son beau-frère, l'accusé a maintenu n'avoir « jamais voulu tuer ». L'avocate générale a dénoncé « un homme qui ment depuis le premier jour ».
Par Hugo Remaury | Publié le 12/11/2026 à 20h14
Il se tient droit dans le box, les mains posées sur la vitre. Depuis lundi, Thierry Mazel, 46 ans, répond du meurtre de Didier Coutant, le mari de sa sœur, tué d'un coup de fusil de chasse le 4 août 2024 dans la cour d'une ferme de Saint-Ormel. Ce mercredi, la présidente de la cour, Catherine Lemonnier, l'a interrogé pendant près de trois heures.
« Pourquoi êtes-vous allé chercher le fusil dans la voiture ? » demande la magistrate. Un long silence. « Je voulais lui faire peur. Qu'il arrête de parler de ma mère comme ça », répond le quadragénaire d'une voix à peine audible. « Et le coup est parti tout seul ? » « Je ne sais pas. Je ne sais plus. »
La veille, l'expert psychiatre, le Dr Alain Vercors, avait décrit un homme rigide, « envahi par la rancœur » mais « pleinement responsable de ses actes ». « Il n'y a chez lui aucune abolition du discernement. Il y a de la colère, beaucoup, accumulée pendant des années », a-t-il expliqué à la barre.
Lire aussi : Saint-Ormel : un homme tué d'un coup de fusil lors d'une dispute familiale
À la barre, Martine Coutant, la veuve de la victime et la sœur de l'accusé, n'a pas regardé une seule fois vers le box. « J'ai perdu mon mari et j'ai perdu mon frère le même jour. Lui, au moins, il est vivant », a-t-elle lâché, avant de s'effondrer en larmes. Son avocat, Me Gilles Hébrard, a demandé aux jurés de « ne pas oublier qu'un homme désarmé est mort pour des mots ».
Dans ses réquisitions, l'avocate générale, Nathalie Brossard, a écarté la thèse de l'accident. « Un fusil chargé, sorti d'un coffre, pointé à moins de deux mètres. Appelez ça comme vous voulez, mesdames et messieurs les jurés : moi, j'appelle ça un meurtre. » Elle a requis quinze ans de réclusion criminelle, assortis d'une interdiction définitive de détenir une arme.
Pour la défense, Me Antoine Serreau a plaidé les violences volontaires ayant entraîné la mort sans intention de la donner. « Thierry Mazel n'est pas un assassin, a lancé l'avocat d'une voix forte. C'est un homme simple qui a fait la plus grosse bêtise de sa vie, et qui la paiera jusqu'à la fin de ses jours. »
Selon plusieurs témoins entendus mardi, la dispute avait commencé au sujet d'une parcelle de terre que les deux hommes se disputaient depuis la mort de leur belle-mère. Un voisin, Joël Sabatier, a raconté avoir entendu les deux hommes « hurler pendant une bonne demi-heure » avant le coup de feu.
Invité à prendre la parole une dernière fois, l'accusé s'est tourné vers sa sœur : « Martine, je te demande pardon. Je sais que ça ne sert à rien. » Le verdict est attendu jeudi soir.
Suivez toute l'actualité judiciaire de l'Yvelle : abonnez-vous à notre newsletter Justice
Publicité""",
    [
        ("jamais voulu tuer", "Thierry Mazel", "l'accusé", "a maintenu"),
        (
            "un homme qui ment depuis le premier jour",
            "Nathalie Brossard",
            "L'avocate générale",
            "a dénoncé",
        ),
        (
            "Pourquoi êtes-vous allé chercher le fusil dans la voiture ?",
            "Catherine Lemonnier",
            "la magistrate",
            "demande",
        ),
        (
            "Je voulais lui faire peur. Qu'il arrête de parler de ma mère comme ça",
            "Thierry Mazel",
            "le quadragénaire",
            "répond",
        ),
        ("Et le coup est parti tout seul ?", "Catherine Lemonnier", None, None),
        ("Je ne sais pas. Je ne sais plus.", "Thierry Mazel", None, None),
        ("envahi par la rancœur", "Alain Vercors", "Alain Vercors", "avait décrit"),
        ("pleinement responsable de ses actes", "Alain Vercors", "Alain Vercors", "avait décrit"),
        (
            "Il n'y a chez lui aucune abolition du discernement. Il y a de la colère, beaucoup, accumulée pendant des années",
            "Alain Vercors",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "J'ai perdu mon mari et j'ai perdu mon frère le même jour. Lui, au moins, il est vivant",
            "Martine Coutant",
            ("a-t-elle lâché", "elle"),
            "a-t-elle lâché",
        ),
        (
            "ne pas oublier qu'un homme désarmé est mort pour des mots",
            "Gilles Hébrard",
            "Gilles Hébrard",
            "a demandé",
        ),
        (
            "Un fusil chargé, sorti d'un coffre, pointé à moins de deux mètres. Appelez ça comme vous voulez, mesdames et messieurs les jurés : moi, j'appelle ça un meurtre.",
            "Nathalie Brossard",
            "Nathalie Brossard",
            None,
        ),
        ("Thierry Mazel n'est pas un assassin", "Antoine Serreau", "l'avocat", "a lancé"),
        (
            "C'est un homme simple qui a fait la plus grosse bêtise de sa vie, et qui la paiera jusqu'à la fin de ses jours.",
            "Antoine Serreau",
            "l'avocat",
            "a lancé",
        ),
        (
            "hurler pendant une bonne demi-heure",
            "Joël Sabatier",
            "Joël Sabatier",
            "a raconté",
        ),
        (
            "Martine, je te demande pardon. Je sais que ça ne sert à rien.",
            "Thierry Mazel",
            "l'accusé",
            None,
        ),
    ],
)

article(
    "blind6-fr08",
    "fr",
    f"""Biodiversité
Les robots tondeuses, nouvelle menace pour les hérissons
Une étude publiée mercredi montre que les tondeuses autonomes blessent chaque année des milliers de hérissons, en particulier la nuit. Ses auteurs demandent d’interdire leur fonctionnement nocturne.
Par Camille Ravenel
Publié le 19 novembre 2026 à 17h00
Ils sortent à la nuit tombée, fouillent les pelouses à la recherche de vers et de coléoptères… et croisent de plus en plus souvent la route d’un robot. Selon une étude publiée mercredi 18 novembre dans la revue Wildlife & Garden Reports, les tondeuses autonomes seraient responsables de près d’un quart des blessures de hérissons recensées dans les centres de soins de la faune sauvage.
«{NB}Nous nous attendions à un effet, pas à un effet de cette ampleur{NB}», explique Margaux Peyrelongue, écologue à l’Institut de biologie de Castelmont et première autrice de l’étude, intitulée «{NB}Nocturnal robotic mowers and hedgehog injuries: a multi-site assessment{NB}». Avec ses collègues, elle a analysé les dossiers de 4 712 hérissons admis dans 58 centres de soins entre 2019 et 2025.
Les blessures observées sont caractéristiques, poursuit la chercheuse :
«{NB}Ce sont des lacérations au niveau du museau, du dos, parfois des pattes arrière. Le hérisson ne fuit pas : face à un danger, il se met en boule. C’est une excellente stratégie contre un renard, une très mauvaise contre une lame qui tourne.
«{NB}Et comme beaucoup de ces machines fonctionnent la nuit, pour ne pas gêner les propriétaires, elles travaillent précisément aux heures où les hérissons sont actifs.{NB}»
Son coauteur, Thomas Whitfield, de l’université de Haverleigh, insiste sur la dynamique des populations : “Un hérisson blessé qui survit ne se reproduit souvent plus. À l’échelle d’un quartier, la perte de deux ou trois femelles peut suffire à faire disparaître l’espèce localement.”
Lire aussi : Les hérissons, ces jardiniers discrets en déclin
D’autres spécialistes appellent à la prudence. Pour Olivier Jansac, biostatisticien au Centre national d’études de la faune, qui n’a pas participé aux travaux, les centres de soins ne voient qu’«{NB}une fraction non représentative{NB}» des animaux blessés. «{NB}Un hérisson percuté par une voiture meurt généralement sur place : il n’arrive jamais dans un centre. Cela peut gonfler mécaniquement la part des tondeuses{NB}», souligne-t-il. Il juge néanmoins les conclusions «{NB}plausibles{NB}» et l’étude «{NB}solide sur le plan méthodologique{NB}».
La Fédération européenne des fabricants d’équipements de jardin, qui représente les principaux constructeurs, «{NB}prend connaissance de l’étude avec attention{NB}», a-t-elle indiqué dans un communiqué. Elle rappelle que «{NB}la plupart des modèles récents sont équipés de capteurs de détection d’obstacles{NB}» et que les notices recommandent un usage en journée.
Newsletter Sciences Le meilleur de l’actualité scientifique, chaque vendredi. Je m’inscris
Un argument que Margaux Peyrelongue conteste : son équipe a testé onze modèles du commerce avec des hérissons factices en silicone. «{NB}Neuf sur onze n’ont pas détecté le leurre. Les capteurs sont réglés pour des obstacles de la taille d’un ballon, pas d’un animal de 20 centimètres couché au sol{NB}», détaille-t-elle.
En France, le programme de sciences participatives «{NB}Hérisson Sentinelle{NB}», porté par l’association Jardins vivants, a recueilli plus de 9 000 signalements depuis 2022. Sa coordinatrice, Julie Arnoult, plaide pour un «{NB}couvre-feu des robots{NB}» : «{NB}On demande simplement que ces machines s’arrêtent entre le coucher et le lever du soleil. Ce n’est pas une révolution, c’est un réglage.{NB}»
Un hérisson soigné au centre de sauvegarde de Castelmont, en octobre. © Photo Élodie Fargues
Partager Tweeter E-mail""",
    [
        (
            "Nous nous attendions à un effet, pas à un effet de cette ampleur",
            "Margaux Peyrelongue",
            "Margaux Peyrelongue",
            "explique",
        ),
        (
            "Ce sont des lacérations au niveau du museau, du dos, parfois des pattes arrière. Le hérisson ne fuit pas : face à un danger, il se met en boule. C’est une excellente stratégie contre un renard, une très mauvaise contre une lame qui tourne.",
            "Margaux Peyrelongue",
            "la chercheuse",
            "poursuit",
        ),
        (
            "Et comme beaucoup de ces machines fonctionnent la nuit, pour ne pas gêner les propriétaires, elles travaillent précisément aux heures où les hérissons sont actifs.",
            "Margaux Peyrelongue",
            "la chercheuse",
            "poursuit",
        ),
        (
            "Un hérisson blessé qui survit ne se reproduit souvent plus. À l’échelle d’un quartier, la perte de deux ou trois femelles peut suffire à faire disparaître l’espèce localement.",
            "Thomas Whitfield",
            "Thomas Whitfield",
            "insiste",
        ),
        ("une fraction non représentative", "Olivier Jansac", "Olivier Jansac", "Pour"),
        (
            "Un hérisson percuté par une voiture meurt généralement sur place : il n’arrive jamais dans un centre. Cela peut gonfler mécaniquement la part des tondeuses",
            "Olivier Jansac",
            ("souligne-t-il", "il"),
            "souligne-t-il",
        ),
        ("plausibles", "Olivier Jansac", ("Il juge", "Il"), "juge"),
        ("solide sur le plan méthodologique", "Olivier Jansac", ("Il juge", "Il"), "juge"),
        (
            "prend connaissance de l’étude avec attention",
            "Fédération européenne des fabricants d’équipements de jardin",
            ("a-t-elle indiqué", "elle"),
            "a-t-elle indiqué",
        ),
        (
            "la plupart des modèles récents sont équipés de capteurs de détection d’obstacles",
            "Fédération européenne des fabricants d’équipements de jardin",
            ("Elle rappelle", "Elle"),
            "rappelle",
        ),
        (
            "Neuf sur onze n’ont pas détecté le leurre. Les capteurs sont réglés pour des obstacles de la taille d’un ballon, pas d’un animal de 20 centimètres couché au sol",
            "Margaux Peyrelongue",
            ("détaille-t-elle", "elle"),
            "détaille-t-elle",
        ),
        ("couvre-feu des robots", "Julie Arnoult", "Julie Arnoult", "plaide"),
        (
            "On demande simplement que ces machines s’arrêtent entre le coucher et le lever du soleil. Ce n’est pas une révolution, c’est un réglage.",
            "Julie Arnoult",
            "Julie Arnoult",
            "plaide",
        ),
    ],
    [
        "Nocturnal robotic mowers and hedgehog injuries: a multi-site assessment",
        "Hérisson Sentinelle",
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind6_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
