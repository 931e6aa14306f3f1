# ruff: noqa: E501
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind12_fr.jsonl: a twelfth blind French quotation set (written for depeche, CC0).

Written blind by a helper who never read the quotes code nor ran the extractor on these
articles, so that its score is an honest estimate of how ``depeche.quotes`` does on French news
text nobody tuned it on. Every story, person, place and organisation is invented. Beats: a
Libération-style portrait of a warehouse trade unionist (with a multi-paragraph quote), a Sud
Ouest surfing contest (surfers, the head judge, the organiser), a Monde diplomatique-style piece
on a dam abroad (minister, villagers through an interpreter, an NGO, an anonymous diplomat), a
fait divers about a stolen painting (gallery owner, police, insurer, expert), a Figaro economy
piece on bank branch closures, an AFP wire from the UN Security Council (a draft resolution
quoted, ambassadors, the secretary-general, an English quote in French marks), an Ouest-France
campaign meeting (a heckler, a banner slogan) and a mountain rescue in the Alps. Padding
varies: NBSP, NNBSP, plain spaces, none, and “ ” once. Gold conventions are those of
build_dev.py; a draft resolution quoted by the author has no speaker.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind12_fr.py`` from tests/data/quotes after editing.
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
    "blind12-fr01",
    "fr",
    f"""Nadia Ferhat, la voix qui porte dans les allées de l'entrepôt

Libération · Portrait · Par Claire Vasseur · 14 novembre 2026 à 17h32

Partager sur Facebook · Partager sur X · Copier le lien

Elle arrive à 5 h 40, avant la première équipe, un thermos à la main et un gilet orange trop grand. Depuis onze ans, Nadia Ferhat prépare des commandes dans l'entrepôt Logistra de Vaulmont, en Isère, un hangar de 60 000 mètres carrés où transitent des couches, des croquettes et des téléviseurs. Depuis quatre ans, elle y est aussi déléguée syndicale, la seule femme élue au comité social et économique.

«{NB}Au début, je ne voulais pas, on m'a poussée{NB}», raconte-t-elle en riant, assise sur une palette pendant sa pause. «{NB}Et puis un jour un collègue s'est cassé le poignet sur un transpalette qui aurait dû être réparé depuis des mois. Là, j'ai compris que si personne ne parlait, personne ne parlerait.{NB}»

Ceux qui travaillent avec elle décrivent une femme têtue et drôle. Kevin Marchal, cariste depuis 2019, se souvient de la grève des chaleurs de l'été 2024 : «Elle a tenu trois jours devant le portail avec un parasol et une glacière. La direction pensait qu'on lâcherait le premier soir.» Pour lui, la quadragénaire a surtout «{NB}changé l'ambiance{NB}» : les anciens parlent de nouveau aux intérimaires.

Lire aussi : Dans la logistique, le travail de nuit gagne du terrain

Le directeur du site, Olivier Sauvageot, ne cache pas que les réunions sont parfois rugueuses. «{NB}Nous ne sommes pas d'accord sur grand-chose, mais elle arrive avec des dossiers, des chiffres, des photos{NB}», reconnaît-il. «{NB}C'est plus exigeant qu'une banderole.{NB}» Il a qualifié la dernière négociation sur les primes de «{NB}difficile mais honnête{NB}».

Nadia Ferhat a grandi à Vénissieux, fille d'un ouvrier de l'automobile qui ne s'est jamais syndiqué. Elle le dit sans amertume :

«{NB}Mon père avait peur. Il pensait qu'un ouvrier immigré qui ouvrait la bouche à l'usine serait le premier dehors au plan social suivant, et il n'avait peut-être pas tort à son époque.

«{NB}Moi, j'ai eu la chance d'arriver à un moment où on pouvait parler. Je le fais aussi pour lui, même s'il trouve que j'en fais trop.

«{NB}Quand je lui raconte une victoire, il me répond toujours la même chose : fais attention à toi.{NB}»

Sa fille, Inès Karoui, 19 ans, étudiante en droit à Grenoble, l'a accompagnée à une audience aux prud'hommes l'an dernier. «Je l'ai vue plaider pour un collègue sans une note, j'étais impressionnée», confie la jeune femme. Elle ajoute, plus bas : «Elle dort quatre heures par nuit pendant les négociations. Ça, je ne l'aime pas.»

Recevez chaque matin notre newsletter Économie

À la direction régionale du syndicat, on la verrait bien monter d'un échelon. Elle hésite. «{NNB}Je suis bien ici, avec les gars et les filles du quai 4{NNB}», répond-elle. Puis, après un silence : «{NNB}On verra après le déménagement de l'entrepôt.{NNB}»

Photo : Nadia Ferhat devant l'entrepôt de Vaulmont, le 6 novembre. (Léa Bonnard pour Libération)
""",
    [
        (
            "Au début, je ne voulais pas, on m'a poussée",
            "Nadia Ferhat",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "Et puis un jour un collègue s'est cassé le poignet sur un transpalette qui aurait dû être réparé depuis des mois. Là, j'ai compris que si personne ne parlait, personne ne parlerait.",
            "Nadia Ferhat",
            None,
            None,
        ),
        (
            "Elle a tenu trois jours devant le portail avec un parasol et une glacière. La direction pensait qu'on lâcherait le premier soir.",
            "Kevin Marchal",
            "Kevin Marchal",
            "se souvient",
        ),
        ("changé l'ambiance", "Kevin Marchal", ("Pour lui, la", "lui"), ("Pour lui, la", "Pour")),
        (
            "Nous ne sommes pas d'accord sur grand-chose, mais elle arrive avec des dossiers, des chiffres, des photos",
            "Olivier Sauvageot",
            ("reconnaît-il", "il"),
            "reconnaît-il",
        ),
        ("C'est plus exigeant qu'une banderole.", "Olivier Sauvageot", None, None),
        (
            "difficile mais honnête",
            "Olivier Sauvageot",
            ("Il a qualifié", "Il"),
            "a qualifié",
        ),
        (
            "Mon père avait peur. Il pensait qu'un ouvrier immigré qui ouvrait la bouche à l'usine serait le premier dehors au plan social suivant, et il n'avait peut-être pas tort à son époque.",
            "Nadia Ferhat",
            ("Elle le dit", "Elle"),
            ("Elle le dit", "dit"),
        ),
        (
            "Moi, j'ai eu la chance d'arriver à un moment où on pouvait parler. Je le fais aussi pour lui, même s'il trouve que j'en fais trop.",
            "Nadia Ferhat",
            ("Elle le dit", "Elle"),
            ("Elle le dit", "dit"),
        ),
        (
            "Quand je lui raconte une victoire, il me répond toujours la même chose : fais attention à toi.",
            "Nadia Ferhat",
            ("Elle le dit", "Elle"),
            ("Elle le dit", "dit"),
        ),
        (
            "Je l'ai vue plaider pour un collègue sans une note, j'étais impressionnée",
            "Inès Karoui",
            "la jeune femme",
            "confie",
        ),
        (
            "Elle dort quatre heures par nuit pendant les négociations. Ça, je ne l'aime pas.",
            "Inès Karoui",
            ("Elle ajoute", "Elle"),
            ("Elle ajoute", "ajoute"),
        ),
        (
            "Je suis bien ici, avec les gars et les filles du quai 4",
            "Nadia Ferhat",
            ("répond-elle", "elle"),
            "répond-elle",
        ),
        ("On verra après le déménagement de l'entrepôt.", "Nadia Ferhat", None, None),
    ],
)


article(
    "blind12-fr02",
    "fr",
    """Surf : Maëlle Ithurralde dompte les vagues de Port-Lesteyre, Tom Baquedano fâché avec les juges

Sud Ouest · Landes · Par Julien Etcheverry · Publié le 16/11/2026 à 19h12

Le coefficient de marée n'avait rien d'idéal, le vent d'est est tombé vers midi et la houle a fini par tenir ses promesses. Dimanche, sur la plage de Port-Lesteyre, la Biarrote Maëlle Ithurralde, 22 ans, a remporté la finale féminine du « Lesteyre Pro », étape du circuit national, devant 4 000 spectateurs massés sur la dune.

« J'ai attendu la série de trois vagues que j'avais repérée ce matin, et elle est arrivée à quatre minutes de la fin », a expliqué la surfeuse, encore trempée, sur le podium. « Honnêtement, je n'y croyais plus. »

Son score de 16,40 points sur 20, dont un 9,10 pour un aérien réceptionné dans le creux, a été salué par le chef des juges. « C'est la meilleure vague de la compétition, chez les hommes comme chez les femmes », a estimé le Portugais Rui Carvalho, qui s'exprimait par l'intermédiaire d'une traductrice.

Partager · Tweeter · Envoyer par e-mail

Chez les hommes, l'ambiance était plus tendue. Battu en finale par le Réunionnais Yanis Hoarau d'un demi-point, le Landais Tom Baquedano n'a pas caché sa colère. «Je ne comprends pas la notation de ma dernière vague, personne ne m'a expliqué», a-t-il lancé devant les caméras de France 3. «On nous demande de prendre des risques, et quand on en prend, on est puni.»

Interrogé sur cette sortie, Rui Carvalho a défendu son panel : « Les cinq juges ont vu une chute partielle sur la dernière manœuvre. La décision est unanime et la vidéo est disponible pour tous les athlètes. » Le vainqueur, lui, a préféré parler de la mer. Yanis Hoarau a jugé les conditions « parfaites pour un surf engagé ».

Lire aussi : Érosion : la dune de Port-Lesteyre a reculé de six mètres en deux ans

Pour l'organisateur Sébastien Labarthe, président du Lesteyre Surf Club, cette édition restera « celle de la maturité ». « Il y a dix ans, on montait les tentes avec des bénévoles et des cordes à linge, aujourd'hui on a une retransmission en direct », sourit le quinquagénaire. Il dit avoir reçu des garanties de la commune pour l'édition 2027, malgré les travaux de consolidation prévus sur la dune. « Le maire nous a promis l'accès à la plage, on le prend au mot », a-t-il ajouté.

Selon la Fédération française de surf, la prochaine étape du circuit se déroulera en mars à Pors-Kerlann, dans le Finistère. Maëlle Ithurralde y sera, avec l'ambition de prendre la tête du classement général. “Je veux le titre, je ne vais pas faire semblant”, glisse-t-elle.

Photo : Maëlle Ithurralde lors de la finale, dimanche. © Pierre Sarrade / Sud Ouest

Abonnez-vous à la newsletter Sports de Sud Ouest
""",
    [
        (
            "J'ai attendu la série de trois vagues que j'avais repérée ce matin, et elle est arrivée à quatre minutes de la fin",
            "Maëlle Ithurralde",
            "la surfeuse",
            "a expliqué",
        ),
        ("Honnêtement, je n'y croyais plus.", "Maëlle Ithurralde", None, None),
        (
            "C'est la meilleure vague de la compétition, chez les hommes comme chez les femmes",
            "Rui Carvalho",
            "Rui Carvalho",
            "a estimé",
        ),
        (
            "Je ne comprends pas la notation de ma dernière vague, personne ne m'a expliqué",
            "Tom Baquedano",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "On nous demande de prendre des risques, et quand on en prend, on est puni.",
            "Tom Baquedano",
            None,
            None,
        ),
        (
            "Les cinq juges ont vu une chute partielle sur la dernière manœuvre. La décision est unanime et la vidéo est disponible pour tous les athlètes.",
            "Rui Carvalho",
            "Rui Carvalho",
            "a défendu",
        ),
        ("parfaites pour un surf engagé", "Yanis Hoarau", "Yanis Hoarau", "a jugé"),
        (
            "celle de la maturité",
            "Sébastien Labarthe",
            "Sébastien Labarthe",
            ("Pour l'organisateur", "Pour"),
        ),
        (
            "Il y a dix ans, on montait les tentes avec des bénévoles et des cordes à linge, aujourd'hui on a une retransmission en direct",
            "Sébastien Labarthe",
            "le quinquagénaire",
            "sourit",
        ),
        (
            "Le maire nous a promis l'accès à la plage, on le prend au mot",
            "Sébastien Labarthe",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Je veux le titre, je ne vais pas faire semblant",
            "Maëlle Ithurralde",
            ("glisse-t-elle", "elle"),
            "glisse-t-elle",
        ),
    ],
    ["Lesteyre Pro"],
)


article(
    "blind12-fr03",
    "fr",
    f"""Sur le fleuve Koulé, un barrage géant et des villages sommés de partir

Le Monde diplomatique · Décembre 2026 · Par Thomas Ravelonandro, envoyé spécial

Article réservé aux abonnés · Lecture 7 min

À l'entrée de Bakandi, une pancarte délavée annonce déjà le futur : «{NNB}Lumière du Koulé, l'énergie de demain{NNB}». Derrière elle, les cases de terre et les greniers à mil devraient disparaître sous quarante mètres d'eau d'ici 2030. Le barrage, 1 200 mégawatts promis, est le projet phare du gouvernement, qui le présente comme la fin des coupures d'électricité dans la capitale.

Le ministre de l'Énergie, Augustin Kalonda, nous reçoit dans un bureau climatisé. «{NNB}Ce barrage, c'est l'indépendance. Nous importons encore la moitié de notre courant, c'est une humiliation pour un pays qui a autant d'eau{NNB}», affirme-t-il. Sur les villages, il se veut rassurant : «Chaque famille recevra une maison neuve, un titre foncier et une compensation. Personne ne sera oublié.»

À Bakandi, on n'a vu ni maison ni titre. Assise devant sa concession, Aminata Dissa, 61 ans, cultive depuis quarante ans les terres de décrue. Elle parle en bambara ; un instituteur du village traduit. «{NNB}Ils sont venus deux fois, avec des papiers et des militaires. Ils ont peint des numéros sur nos murs{NNB}», raconte-t-elle. «{NNB}Mon numéro, c'est 114. Je ne sais pas ce qu'il veut dire.{NNB}»

Le chef du village, Seydou Traoré-Kanté, se montre plus prudent. Selon lui, une partie des jeunes «{NNB}veulent l'électricité et le travail du chantier{NNB}». Mais, ajoute-t-il, «{NNB}les anciens ne partiront pas sans les tombes{NNB}».

Lire aussi : Au Sahel, la bataille de l'eau

L'organisation non gouvernementale Fleuves Vivants, basée à Genève, a publié en septembre un rapport intitulé «{NNB}Des eaux et des hommes{NNB}», qui estime à 38 000 le nombre de personnes à déplacer, soit le double des chiffres officiels. «{NNB}Le gouvernement compte les maisons, nous avons compté les gens{NNB}», résume sa coordinatrice régionale, Hélène Marcadier. «Les études d'impact ont été rédigées par le consortium lui-même. C'est comme demander à un élève de corriger sa propre copie.»

Contacté, le consortium Horizon Hydro n'a pas répondu à nos questions. Dans un communiqué publié après la parution du rapport, il assurait que le projet respectait «{NNB}les standards internationaux les plus exigeants{NNB}». Un diplomate européen en poste dans la capitale, qui a requis l'anonymat, résume l'embarras des bailleurs : «{NNB}Tout le monde veut financer de l'énergie propre, personne ne veut financer une expulsion.{NNB}»

Le soir, à Bakandi, les femmes pilent le mil devant les numéros peints. Aminata Dissa montre le fleuve du menton. «{NNB}Le Koulé nous a toujours nourris. Maintenant on nous dit qu'il va nous chasser.{NNB}»

Soutenez un journalisme indépendant : abonnez-vous
""",
    [
        (
            "Ce barrage, c'est l'indépendance. Nous importons encore la moitié de notre courant, c'est une humiliation pour un pays qui a autant d'eau",
            "Augustin Kalonda",
            ("affirme-t-il", "il"),
            "affirme-t-il",
        ),
        (
            "Chaque famille recevra une maison neuve, un titre foncier et une compensation. Personne ne sera oublié.",
            "Augustin Kalonda",
            ("il se veut", "il"),
            None,
        ),
        (
            "Ils sont venus deux fois, avec des papiers et des militaires. Ils ont peint des numéros sur nos murs",
            "Aminata Dissa",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        ("Mon numéro, c'est 114. Je ne sais pas ce qu'il veut dire.", "Aminata Dissa", None, None),
        (
            "veulent l'électricité et le travail du chantier",
            "Seydou Traoré-Kanté",
            ("Selon lui", "lui"),
            ("Selon lui", "Selon"),
        ),
        (
            "les anciens ne partiront pas sans les tombes",
            "Seydou Traoré-Kanté",
            ("ajoute-t-il", "il"),
            "ajoute-t-il",
        ),
        (
            "Le gouvernement compte les maisons, nous avons compté les gens",
            "Hélène Marcadier",
            "Hélène Marcadier",
            "résume",
        ),
        (
            "Les études d'impact ont été rédigées par le consortium lui-même. C'est comme demander à un élève de corriger sa propre copie.",
            "Hélène Marcadier",
            None,
            None,
        ),
        (
            "les standards internationaux les plus exigeants",
            "Horizon Hydro",
            ("il assurait", "il"),
            "assurait",
        ),
        (
            "Tout le monde veut financer de l'énergie propre, personne ne veut financer une expulsion.",
            "diplomate",
            "Un diplomate européen",
            ("résume l'embarras", "résume"),
        ),
        (
            "Le Koulé nous a toujours nourris. Maintenant on nous dit qu'il va nous chasser.",
            "Aminata Dissa",
            "Aminata Dissa",
            None,
        ),
    ],
    ["Lumière du Koulé, l'énergie de demain", "Des eaux et des hommes"],
)


article(
    "blind12-fr04",
    "fr",
    f"""Un tableau de 400 000 euros volé en plein jour dans une galerie de Montrevel-sur-Cher

Le Parisien · Faits divers · Par Romain Giraud · Le 18 novembre 2026 à 11h03, modifié à 13h47

Les voleurs n'ont mis que quatre minutes. Mardi vers 15 h 30, deux hommes casqués sont entrés dans la galerie Lauzier, rue des Tanneurs à Montrevel-sur-Cher (Indre-et-Loire), ont menacé l'assistante avec une bombe lacrymogène et sont repartis avec «{NB}Les Baigneuses de Ry{NB}», une huile sur toile du peintre Émile Forestier estimée à 400 000 euros.

«{NB}Ils savaient exactement ce qu'ils venaient chercher. Ils n'ont pas regardé un seul autre tableau{NB}», a confié au Parisien la propriétaire de la galerie, Bérénice Lauzier, encore sous le choc mercredi matin. L'œuvre, prêtée par un collectionneur privé, devait être exposée jusqu'à la fin du mois. «Mon assistante a vingt-trois ans. Elle aurait pu être blessée, c'est ce qui me hante», ajoute la galeriste.

Partager l'article · Facebook · X · WhatsApp

Une voisine, qui tient une boutique de vêtements en face, a vu les deux hommes repartir sur un scooter noir. «{NB}J'ai cru à une livraison. Ils portaient le tableau sous une couverture, comme un matelas{NB}», témoigne-t-elle, sous couvert d'anonymat.

L'enquête a été confiée à la sûreté départementale. Son chef, le commissaire Franck Dumoulin, évoque un vol «{NB}préparé depuis plusieurs semaines{NB}». «{NB}Nous exploitons la vidéosurveillance de la rue et des axes de sortie de la ville{NB}», a-t-il indiqué lors d'un point presse. «Ce genre d'œuvre est invendable sur le marché légal. Soit il y a un commanditaire, soit ils vont tenter une rançon.»

Lire aussi : Vol au musée de Vézelon : trois ans après, les toiles toujours introuvables

Du côté de l'assureur, Artémis Assurances, on se veut discret. Un porte-parole de la compagnie a simplement indiqué que le dossier était «{NB}en cours d'instruction{NB}» et que l'assurée «{NB}bénéficiera de toutes ses garanties si les conditions sont réunies{NB}». Selon un proche du dossier, le contrat exigeait pourtant la présence d'un agent de sécurité pendant les heures d'ouverture, ce qui n'était pas le cas mardi.

Pour Grégoire Halimi, expert en art auprès de la cour d'appel, le tableau n'a «{NB}presque aucune chance{NB}» de réapparaître rapidement. «{NB}Les toiles volées dorment parfois dix ou vingt ans dans une cave. Les voleurs attendent que l'affaire soit oubliée{NB}», explique-t-il. Il rappelle qu'Émile Forestier avait peint trois versions de la scène : «{NB}Celle-ci est la plus lumineuse, et la plus connue des collectionneurs.{NB}»

Bérénice Lauzier, elle, a lancé un appel sur les réseaux sociaux. «{NB}Si quelqu'un a vu quelque chose, même un détail, qu'il appelle la police. Je ne veux pas de vengeance, je veux le tableau.{NB}»

Photo : la vitrine de la galerie Lauzier, mercredi. (LP/Romain Giraud)
""",
    [
        (
            "Ils savaient exactement ce qu'ils venaient chercher. Ils n'ont pas regardé un seul autre tableau",
            "Bérénice Lauzier",
            ("la propriétaire de la galerie, Bérénice Lauzier", "Bérénice Lauzier"),
            "a confié",
        ),
        (
            "Mon assistante a vingt-trois ans. Elle aurait pu être blessée, c'est ce qui me hante",
            "Bérénice Lauzier",
            "la galeriste",
            "ajoute",
        ),
        (
            "J'ai cru à une livraison. Ils portaient le tableau sous une couverture, comme un matelas",
            "voisine",
            ("témoigne-t-elle", "elle"),
            "témoigne-t-elle",
        ),
        ("préparé depuis plusieurs semaines", "Franck Dumoulin", "Franck Dumoulin", "évoque"),
        (
            "Nous exploitons la vidéosurveillance de la rue et des axes de sortie de la ville",
            "Franck Dumoulin",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "Ce genre d'œuvre est invendable sur le marché légal. Soit il y a un commanditaire, soit ils vont tenter une rançon.",
            "Franck Dumoulin",
            None,
            None,
        ),
        ("en cours d'instruction", "porte-parole", "Un porte-parole", "a simplement indiqué"),
        (
            "bénéficiera de toutes ses garanties si les conditions sont réunies",
            "porte-parole",
            "Un porte-parole",
            "a simplement indiqué",
        ),
        (
            "presque aucune chance",
            "Grégoire Halimi",
            "Grégoire Halimi",
            ("Pour Grégoire", "Pour"),
        ),
        (
            "Les toiles volées dorment parfois dix ou vingt ans dans une cave. Les voleurs attendent que l'affaire soit oubliée",
            "Grégoire Halimi",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Celle-ci est la plus lumineuse, et la plus connue des collectionneurs.",
            "Grégoire Halimi",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
        (
            "Si quelqu'un a vu quelque chose, même un détail, qu'il appelle la police. Je ne veux pas de vengeance, je veux le tableau.",
            "Bérénice Lauzier",
            ("Bérénice Lauzier, elle", "Bérénice Lauzier"),
            None,
        ),
    ],
    ["Les Baigneuses de Ry"],
)


article(
    "blind12-fr05",
    "fr",
    """Le Crédit Rhodanien va fermer 140 agences d'ici 2028

Le Figaro Économie · Par Aurélie Sanchez · Publié le 19/11/2026 à 08:15

ABONNÉS — La banque régionale présente un plan de transformation qui prévoit la suppression de 900 postes, sans licenciement selon la direction.

C'est un plan au nom rassurant, « Proximité 2030 », mais au contenu brutal. Le Crédit Rhodanien, cinquième banque régionale du pays par les dépôts, a annoncé mardi la fermeture de 140 de ses 410 agences d'ici 2028, essentiellement dans les communes de moins de 5 000 habitants.

« Nos clients ne viennent plus au guichet. La fréquentation de nos petites agences a baissé de 60 % en cinq ans », a justifié le directeur général, Philippe Aubertin, lors d'une conférence téléphonique avec la presse. « Garder des agences vides, ce n'est pas de la proximité, c'est de la nostalgie. » Les 900 postes concernés seront supprimés « exclusivement par des départs naturels et des mobilités internes », a-t-il assuré.

Lire aussi : Les banques en ligne séduisent désormais les plus de 60 ans

Les syndicats n'y croient guère. Corinne Weiss, déléguée nationale d'Unité Banque, premier syndicat de l'entreprise, dénonce « un plan social qui ne dit pas son nom ». «On nous parle de mobilité, mais proposer à une conseillère de Privas un poste à Lyon, c'est lui demander de partir», estime-t-elle. Une assemblée générale est prévue jeudi au siège.

Dans les villages, l'annonce passe mal. À Saint-Ferréol-les-Vignes, l'agence ouverte en 1962 fermera ses portes au printemps. « C'est le dernier commerce avec la boulangerie. Après, il restera quoi ? » s'interroge la maire, Annick Bouchet. Lucien Pradel, agriculteur retraité de 78 ans, y retire ses espèces chaque vendredi. « Internet, je ne sais pas faire, et mon fils habite loin », explique-t-il. « Ils vont me mettre un distributeur, peut-être. Un distributeur, ça ne vous conseille pas. »

Newsletter Le Figaro Économie : recevez l'essentiel de l'actualité économique chaque matin

La direction promet des « points conseil » itinérants et un service téléphonique renforcé. Pour les analystes, la logique est surtout financière. « Une agence rurale coûte en moyenne 350 000 euros par an pour une poignée de rendez-vous », rappelle Marc Ebersold, analyste chez Valmonde Securities, qui juge le plan « cohérent, voire tardif ». L'action du Crédit Rhodanien a gagné 4,2 % mardi.

Le ministère de l'Économie s'est dit « attentif » à la situation des territoires, dans un bref communiqué, sans plus de précision. Un conseiller du ministre, interrogé par Le Figaro, reconnaît que l'État « n'a pas les moyens d'empêcher une banque privée de fermer des agences ».
""",
    [
        (
            "Nos clients ne viennent plus au guichet. La fréquentation de nos petites agences a baissé de 60 % en cinq ans",
            "Philippe Aubertin",
            ("le directeur général, Philippe Aubertin", "Philippe Aubertin"),
            "a justifié",
        ),
        (
            "Garder des agences vides, ce n'est pas de la proximité, c'est de la nostalgie.",
            "Philippe Aubertin",
            None,
            None,
        ),
        (
            "exclusivement par des départs naturels et des mobilités internes",
            "Philippe Aubertin",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "un plan social qui ne dit pas son nom",
            "Corinne Weiss",
            "Corinne Weiss",
            "dénonce",
        ),
        (
            "On nous parle de mobilité, mais proposer à une conseillère de Privas un poste à Lyon, c'est lui demander de partir",
            "Corinne Weiss",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        (
            "C'est le dernier commerce avec la boulangerie. Après, il restera quoi ?",
            "Annick Bouchet",
            ("la maire, Annick Bouchet", "Annick Bouchet"),
            "s'interroge",
        ),
        (
            "Internet, je ne sais pas faire, et mon fils habite loin",
            "Lucien Pradel",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Ils vont me mettre un distributeur, peut-être. Un distributeur, ça ne vous conseille pas.",
            "Lucien Pradel",
            None,
            None,
        ),
        (
            "points conseil",
            "Crédit Rhodanien",
            ("La direction promet", "La direction"),
            "promet",
        ),
        (
            "Une agence rurale coûte en moyenne 350 000 euros par an pour une poignée de rendez-vous",
            "Marc Ebersold",
            "Marc Ebersold",
            "rappelle",
        ),
        ("cohérent, voire tardif", "Marc Ebersold", "Marc Ebersold", "juge"),
        (
            "attentif",
            "ministère de l'Économie",
            "ministère de l'Économie",
            "s'est dit",
        ),
        (
            "n'a pas les moyens d'empêcher une banque privée de fermer des agences",
            "conseiller",
            "Un conseiller du ministre",
            "reconnaît",
        ),
    ],
    ["Proximité 2030"],
)


article(
    "blind12-fr06",
    "fr",
    f"""ONU : le Conseil de sécurité échoue à voter une trêve au Haut-Sérane

NEW YORK (Nations unies), 20 novembre 2026 (AFP) — Le Conseil de sécurité de l'ONU n'a pas réussi jeudi à adopter une résolution réclamant une trêve humanitaire dans la région du Haut-Sérane, en Tarsanie, où les combats entre l'armée et des milices ont fait plus de 2 000 morts depuis l'été.

Le texte, porté par la France et le Mexique, n'a recueilli que huit voix, une de moins que le minimum requis, sept pays s'abstenant.

Le projet de résolution, dont l'AFP a obtenu copie, «exige la cessation immédiate des hostilités» et «appelle toutes les parties à garantir un accès humanitaire sûr et sans entrave».

«{NB}Ce soir, le Conseil a détourné les yeux{NB}», a déclaré l'ambassadeur de France auprès des Nations unies, Nicolas de Rivaux, après le vote. «{NB}Des enfants meurent de faim à quarante kilomètres d'un entrepôt plein de vivres. Nous reviendrons avec ce texte, autant de fois qu'il le faudra.{NB}»

Son homologue mexicaine, Valeria Montemayor, a dénoncé «{NB}un échec collectif{NB}» et appelé les pays abstentionnistes à «{NB}regarder les images{NB}» venues de la région.

© Agence France-Presse · Partager

Le représentant de la Tarsanie, Idris Ben-Salah, a salué au contraire le rejet d'un texte qu'il juge «{NB}déséquilibré{NB}». «Mon gouvernement combat des groupes armés qui pillent les convois. Ce projet les traitait comme une partie légitime», a-t-il affirmé devant le Conseil.

L'ambassadrice des États-Unis, Karen Lindqvist, qui a voté pour, a regretté que la négociation ait «{NB}manqué de temps{NB}». «{NB}We were close. We should have been closer{NB}», a-t-elle dit en anglais à la presse, ajoutant que Washington restait prêt à «{NB}travailler sur une nouvelle version dès la semaine prochaine{NB}».

Quelques heures avant le vote, le secrétaire général de l'ONU, Tomas Elverum, avait lancé un appel solennel aux quinze membres. «{NB}Il n'y a pas de solution militaire au Haut-Sérane. Chaque jour sans accès humanitaire se compte en vies perdues{NB}», avait-il averti.

Selon un diplomate du Conseil s'exprimant sous couvert d'anonymat, plusieurs abstentions «{NB}s'expliquent davantage par des calculs régionaux que par le contenu du texte{NB}». Un autre diplomate, africain, juge au contraire que les auteurs «{NB}n'ont pas assez consulté les voisins de la Tarsanie{NB}».

Le Bureau de la coordination des affaires humanitaires estime que 1,3 million de personnes ont besoin d'une aide d'urgence dans la région, dont 400 000 enfants de moins de cinq ans. Les convois de vivres sont bloqués depuis six semaines à la frontière nord, faute de garanties de sécurité.

pbl/ag/mb
""",
    [
        ("exige la cessation immédiate des hostilités", None, None, None),
        (
            "appelle toutes les parties à garantir un accès humanitaire sûr et sans entrave",
            None,
            None,
            None,
        ),
        (
            "Ce soir, le Conseil a détourné les yeux",
            "Nicolas de Rivaux",
            (
                "l'ambassadeur de France auprès des Nations unies, Nicolas de Rivaux",
                "Nicolas de Rivaux",
            ),
            "a déclaré",
        ),
        (
            "Des enfants meurent de faim à quarante kilomètres d'un entrepôt plein de vivres. Nous reviendrons avec ce texte, autant de fois qu'il le faudra.",
            "Nicolas de Rivaux",
            None,
            None,
        ),
        ("un échec collectif", "Valeria Montemayor", "Valeria Montemayor", "a dénoncé"),
        ("regarder les images", "Valeria Montemayor", "Valeria Montemayor", "appelé"),
        ("déséquilibré", "Idris Ben-Salah", ("qu'il juge", "il"), ("qu'il juge", "juge")),
        (
            "Mon gouvernement combat des groupes armés qui pillent les convois. Ce projet les traitait comme une partie légitime",
            "Idris Ben-Salah",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        ("manqué de temps", "Karen Lindqvist", "Karen Lindqvist", "a regretté"),
        (
            "We were close. We should have been closer",
            "Karen Lindqvist",
            ("a-t-elle dit", "elle"),
            "a-t-elle dit",
        ),
        (
            "travailler sur une nouvelle version dès la semaine prochaine",
            "Karen Lindqvist",
            ("a-t-elle dit", "elle"),
            "ajoutant",
        ),
        (
            "Il n'y a pas de solution militaire au Haut-Sérane. Chaque jour sans accès humanitaire se compte en vies perdues",
            "Tomas Elverum",
            ("avait-il averti", "il"),
            "avait-il averti",
        ),
        (
            "s'expliquent davantage par des calculs régionaux que par le contenu du texte",
            "diplomate",
            "un diplomate du Conseil",
            ("Selon un diplomate", "Selon"),
        ),
        (
            "n'ont pas assez consulté les voisins de la Tarsanie",
            "diplomate",
            "Un autre diplomate",
            ("africain, juge", "juge"),
        ),
    ],
)


article(
    "blind12-fr07",
    "fr",
    """Plouvenec. Municipales : salle comble et échanges vifs pour la première réunion de Gaëlle Le Floc'h

Ouest-France · Publié le 21/11/2026 à 18h30 · Par notre correspondante, Soizic Guillou

Près de 250 personnes se sont pressées vendredi soir à la salle Ker-Avel pour la première réunion publique de Gaëlle Le Floc'h, tête de la liste «Plouvenec en commun», qui défiera le maire sortant Yann Kerbrat en mars. Au fond de la salle, une banderole déployée par un collectif d'habitants affichait : «Pas de béton sur nos dunes».

La candidate, 44 ans, infirmière libérale et conseillère municipale d'opposition depuis 2020, a ouvert la soirée sans notes. « Je ne suis pas là pour faire le procès de qui que ce soit. Je suis là parce que nos enfants ne peuvent plus se loger dans la commune où ils ont grandi », a-t-elle lancé sous les applaudissements.

Elle a promis de geler le projet de lotissement de Kervalan, « au moins le temps d'une vraie concertation ». « Quarante maisons sur une zone humide, c'est non. On peut construire, mais pas n'importe où, a-t-elle insisté, et pas pour des résidences secondaires. »

Lire aussi : À Plouvenec, une maison sur deux est une résidence secondaire

L'échange s'est tendu au moment des questions. Un homme d'une soixantaine d'années, resté debout près de l'entrée, a interpellé la candidate : « Et les emplois ? Vous voulez une commune musée pour retraités ! » Gaëlle Le Floc'h lui a répondu calmement : « Les emplois, ce sont aussi les saisonniers qui dorment dans leur voiture l'été. »

Ses colistiers comptent un pêcheur, Erwan Cadiou, qui a pris la parole quelques minutes. «On parle du port depuis quinze ans. Moi, je veux juste une cale qui ne soit pas cassée», a expliqué le marin-pêcheur, provoquant des rires dans la salle.

Contacté samedi, le maire sortant n'a pas souhaité commenter la réunion elle-même. Yann Kerbrat, qui a annoncé sa candidature en septembre, a toutefois qualifié le programme de sa rivale de « catalogue de bonnes intentions sans financement ». « Le lotissement de Kervalan a été validé par l'État, toutes les études ont été faites », a rappelé l'élu dans un message transmis à Ouest-France.

Le collectif à l'origine de la banderole, baptisé Dunes Vivantes, dit ne soutenir aucune liste. «Nous poserons les mêmes questions à tout le monde», assure sa porte-parole, Morgane Quéré.

Prochaine réunion publique le 5 décembre à 20 h 30, salle Ker-Avel. Une permanence de la liste est ouverte le samedi matin, place de l'Église.

Abonnez-vous à Ouest-France à partir de 1 € le premier mois
""",
    [
        (
            "Je ne suis pas là pour faire le procès de qui que ce soit. Je suis là parce que nos enfants ne peuvent plus se loger dans la commune où ils ont grandi",
            "Gaëlle Le Floc'h",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "au moins le temps d'une vraie concertation",
            "Gaëlle Le Floc'h",
            ("Elle a promis", "Elle"),
            "a promis",
        ),
        (
            "Quarante maisons sur une zone humide, c'est non. On peut construire, mais pas n'importe où,",
            "Gaëlle Le Floc'h",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "et pas pour des résidences secondaires.",
            "Gaëlle Le Floc'h",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "Et les emplois ? Vous voulez une commune musée pour retraités !",
            "homme",
            "Un homme",
            "a interpellé",
        ),
        (
            "Les emplois, ce sont aussi les saisonniers qui dorment dans leur voiture l'été.",
            "Gaëlle Le Floc'h",
            ("Gaëlle Le Floc'h lui a répondu", "Gaëlle Le Floc'h"),
            "a répondu",
        ),
        (
            "On parle du port depuis quinze ans. Moi, je veux juste une cale qui ne soit pas cassée",
            "Erwan Cadiou",
            "le marin-pêcheur",
            "a expliqué",
        ),
        (
            "catalogue de bonnes intentions sans financement",
            "Yann Kerbrat",
            ("Yann Kerbrat, qui a annoncé", "Yann Kerbrat"),
            "a toutefois qualifié",
        ),
        (
            "Le lotissement de Kervalan a été validé par l'État, toutes les études ont été faites",
            "Yann Kerbrat",
            "l'élu",
            "a rappelé",
        ),
        (
            "Nous poserons les mêmes questions à tout le monde",
            "Morgane Quéré",
            ("sa porte-parole, Morgane Quéré", "Morgane Quéré"),
            "assure",
        ),
    ],
    ["Plouvenec en commun", "Pas de béton sur nos dunes"],
)


article(
    "blind12-fr08",
    "fr",
    f"""Deux randonneurs secourus de nuit sous le col de la Brèche-Noire après une chute de neige précoce

Le Dauphiné Libéré · Savoie · Par Mathilde Rostaing · 22 nov. 2026 à 07:58

Partager : Facebook · X · Linkedin · Mail

Ils pensaient redescendre avant la nuit. Samedi, deux randonneurs lyonnais de 31 et 29 ans ont été hélitreuillés peu après 22 heures sous le col de la Brèche-Noire, à 2 700 mètres d'altitude, au-dessus de Saint-Elzéar-en-Vanoise. Surpris par une chute de neige de trente centimètres, ils s'étaient réfugiés dans un abri de bergers.

« On a vu les nuages arriver, mais la météo annonçait une dégradation pour le soir seulement », raconte Antoine Mériel, joint par téléphone dimanche. “À 16 heures, on ne voyait plus le cairn suivant. On a préféré s'arrêter plutôt que de tomber dans une barre rocheuse.” C'est sa compagne, Julie Vautrin, qui a donné l'alerte avec le dernier pourcentage de batterie de son téléphone. «J'ai envoyé nos coordonnées GPS et après, plus rien», se souvient la jeune femme.

L'hélicoptère de la sécurité civile n'a pu décoller qu'après une accalmie. «{NNB}Les conditions étaient à la limite de ce qu'on accepte : vent fort, visibilité de cinquante mètres par moments{NNB}», explique le capitaine Loïc Fabre, commandant du peloton de gendarmerie de haute montagne de Bourg-Séran. «{NNB}Ils ont eu les bons réflexes. S'ils avaient continué, on parlerait d'autre chose ce matin.{NNB}»

Lire aussi : Secours en montagne : faut-il faire payer les imprudents ?

Le gendarme rappelle que novembre est «{NNB}la saison la plus piégeuse{NNB}», quand la neige recouvre des sentiers encore fréquentés. Selon le peloton, 41 interventions ont été réalisées depuis le 1er octobre, contre 28 l'an dernier à la même période.

Le maire de Saint-Elzéar-en-Vanoise, Bernard Collomb-Patton, veut en profiter pour relancer la campagne de prévention «{NNB}Montagne en sécurité{NNB}», lancée par la commune l'été dernier. «{NNB}Les gens voient de belles photos sur les réseaux et montent en baskets. Ce n'est pas de leur faute, mais la montagne ne fait pas de différence{NNB}», observe l'élu, qui réclame des panneaux d'avertissement au départ des sentiers.

Au refuge du Plan-des-Aigles, fermé depuis la fin septembre, le gardien Raphaël Sondaz a suivi les secours à la radio. Pour lui, l'abri de bergers a «{NNB}sauvé deux vies{NNB}». «On devrait le rénover, le toit fuit depuis des années», ajoute-t-il.

Antoine Mériel, lui, assure qu'il reviendra dès le printemps. «{NNB}Mais avec une frontale de rechange et une vraie batterie externe. On a été bêtes sur ce point-là{NNB}», reconnaît-il en riant.

Photo : l'hélicoptère de la sécurité civile lors d'un secours en Vanoise (archives). © Le DL/Mathilde Rostaing

Recevez la newsletter Montagne du Dauphiné Libéré
""",
    [
        (
            "On a vu les nuages arriver, mais la météo annonçait une dégradation pour le soir seulement",
            "Antoine Mériel",
            "Antoine Mériel",
            "raconte",
        ),
        (
            "À 16 heures, on ne voyait plus le cairn suivant. On a préféré s'arrêter plutôt que de tomber dans une barre rocheuse.",
            "Antoine Mériel",
            None,
            None,
        ),
        (
            "J'ai envoyé nos coordonnées GPS et après, plus rien",
            "Julie Vautrin",
            "la jeune femme",
            "se souvient",
        ),
        (
            "Les conditions étaient à la limite de ce qu'on accepte : vent fort, visibilité de cinquante mètres par moments",
            "Loïc Fabre",
            "Loïc Fabre",
            "explique",
        ),
        (
            "Ils ont eu les bons réflexes. S'ils avaient continué, on parlerait d'autre chose ce matin.",
            "Loïc Fabre",
            None,
            None,
        ),
        ("la saison la plus piégeuse", "Loïc Fabre", "Le gendarme", "rappelle"),
        (
            "Les gens voient de belles photos sur les réseaux et montent en baskets. Ce n'est pas de leur faute, mais la montagne ne fait pas de différence",
            "Bernard Collomb-Patton",
            "l'élu",
            "observe",
        ),
        (
            "sauvé deux vies",
            "Raphaël Sondaz",
            ("Pour lui, l'abri", "lui"),
            ("Pour lui, l'abri", "Pour"),
        ),
        (
            "On devrait le rénover, le toit fuit depuis des années",
            "Raphaël Sondaz",
            ("ajoute-t-il", "il"),
            "ajoute-t-il",
        ),
        (
            "Mais avec une frontale de rechange et une vraie batterie externe. On a été bêtes sur ce point-là",
            "Antoine Mériel",
            ("reconnaît-il", "il"),
            "reconnaît-il",
        ),
    ],
    ["Montagne en sécurité"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind12_fr.jsonl"), WORDS_RANGE)
