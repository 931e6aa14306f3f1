# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind14_fr.jsonl: a fourteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Nice-Matin fait divers about a yacht
fire in a harbour, a Le Point piece on a chef losing his star, a 20 Minutes story on a TikTok
prank that emptied a lycée, a Le Temps (Swiss) bank merger, an RFI wire on a hostage released in
the Sahel (with a multi-paragraph quote), a France Bleu piece on a retiree suing over church
bells, an L'Équipe rugby post-match with a referee's report, and an Ouest-France story on a
lighthouse sold at auction (multi-paragraph quote from its last keeper). Padding varies: NBSP,
NNBSP, plain spaces, none, and “ ” marks once or twice. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind14_fr.py`` after editing.
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
    "blind14-fr01",
    "fr",
    f"""«{NB}On a vu les flammes monter jusqu’au mât{NB}» : un yacht de 31 mètres détruit par le feu dans le port de Beaulieu-Vallon

Par Laure Castagnetti
Publié le 14/08/2026 à 07h12, mis à jour à 09h45

Un incendie a entièrement détruit, dans la nuit de mercredi à jeudi, le «{NB}Santa Brezza{NB}», un yacht de 31 mètres amarré au quai d’honneur du port de Beaulieu-Vallon. Aucun blessé n’est à déplorer, mais trois bateaux voisins ont été endommagés.
L’alerte a été donnée vers 2 h 40 par un marin de garde sur un voilier voisin. «{NB}On a vu les flammes monter jusqu’au mât en moins de cinq minutes. J’ai réveillé tout le monde et on a largué les amarres{NB}», raconte Théo Barbaroux, 24 ans, encore sous le choc au petit matin.
Une quarantaine de sapeurs-pompiers ont été mobilisés. «{NB}Le feu a pris à l’arrière, probablement dans la salle des machines. Avec le vent d’est, il fallait absolument éviter qu’il se propage au ponton{NB}», a expliqué à Nice-Matin le commandant Serge Ottaviani, qui dirigeait les opérations. «{NB}Les équipes ont travaillé au canon à mousse depuis le quai. Le bateau était perdu dès notre arrivée.{NB}»
Le yacht a brûlé pendant plus de trois heures. (Photo Frédéric Delmonte)
La capitaine du port, Nadia Ferrandi, a évoqué une nuit «{NB}très longue{NB}». «Nous avons déplacé onze unités en urgence. Personne n’a paniqué», a-t-elle souligné. Selon la capitainerie, le navire, battant pavillon maltais, appartenait à une société immatriculée à La Valette et n’avait pas quitté son anneau depuis le début du mois de juillet.
Partager : Facebook · X · WhatsApp · Copier le lien
Joint par téléphone, l’avocat de la société propriétaire, Me Édouard Rancurel, assure que le bateau «{NB}était parfaitement entretenu{NB}». «{NB}Mon client est dévasté. Il attend les conclusions de l’enquête avant de s’exprimer davantage{NB}», a ajouté l’avocat niçois.
Le parquet de Nice a indiqué jeudi matin qu’aucune piste n’était «{NB}privilégiée à ce stade{NB}». Des enquêteurs de la gendarmerie maritime étaient encore sur le quai en fin de matinée, en attendant que la coque refroidisse pour pouvoir monter à bord.
Un plaisancier amarré deux pontons plus loin s’interroge : «{NB}Ce n’est pas le premier départ de feu ici cet été. Il faudrait des extincteurs sur chaque panne, et personne ne contrôle rien.{NB}»
Lire aussi : Menton : un voilier s’échoue sur la plage des Sablettes
Le maire, Gérard Lanfranchi, s’est rendu sur place dès l’aube. Pour l’élu, «{NB}la sécurité du port devra être revue de fond en comble{NB}». «{NB}Je demanderai un audit indépendant dès la semaine prochaine, et les résultats seront rendus publics{NB}», a promis le sexagénaire, qui a rencontré les propriétaires des bateaux endommagés.
La régate des «{NB}Voiles de Beaulieu{NB}», prévue fin août, est pour l’instant maintenue, a fait savoir la mairie.
Recevez chaque matin l’essentiel de l’actualité azuréenne. S’inscrire à la newsletter""",
    [
        ("On a vu les flammes monter jusqu’au mât", "Théo Barbaroux", None, None),
        (
            "On a vu les flammes monter jusqu’au mât en moins de cinq minutes. J’ai réveillé tout le monde et on a largué les amarres",
            "Théo Barbaroux",
            "Théo Barbaroux",
            "raconte",
        ),
        (
            "Le feu a pris à l’arrière, probablement dans la salle des machines. Avec le vent d’est, il fallait absolument éviter qu’il se propage au ponton",
            "Serge Ottaviani",
            "Serge Ottaviani",
            "a expliqué",
        ),
        (
            "Les équipes ont travaillé au canon à mousse depuis le quai. Le bateau était perdu dès notre arrivée.",
            "Serge Ottaviani",
            None,
            None,
        ),
        ("très longue", "Nadia Ferrandi", "Nadia Ferrandi", "a évoqué"),
        (
            "Nous avons déplacé onze unités en urgence. Personne n’a paniqué",
            "Nadia Ferrandi",
            ("a-t-elle souligné", "elle"),
            "a-t-elle souligné",
        ),
        ("était parfaitement entretenu", "Édouard Rancurel", "Édouard Rancurel", "assure"),
        (
            "Mon client est dévasté. Il attend les conclusions de l’enquête avant de s’exprimer davantage",
            "Édouard Rancurel",
            "l’avocat niçois",
            "a ajouté",
        ),
        ("privilégiée à ce stade", "parquet de Nice", "Le parquet de Nice", "a indiqué"),
        (
            "Ce n’est pas le premier départ de feu ici cet été. Il faudrait des extincteurs sur chaque panne, et personne ne contrôle rien.",
            "plaisancier",
            "Un plaisancier",
            "s’interroge",
        ),
        (
            "la sécurité du port devra être revue de fond en comble",
            "Gérard Lanfranchi",
            "l’élu",
            "Pour",
        ),
        (
            "Je demanderai un audit indépendant dès la semaine prochaine, et les résultats seront rendus publics",
            "Gérard Lanfranchi",
            "le sexagénaire",
            "a promis",
        ),
    ],
    ["Santa Brezza", "Voiles de Beaulieu"],
)

article(
    "blind14-fr02",
    "fr",
    f"""Gastronomie : Lucien Ferrat perd son étoile, «{NNB}un coup de massue{NNB}» pour le chef de Montcalvy

Par Camille Herbelot
Publié le 03/03/2026 à 11h30 | Le Point.fr

Il l’avait décrochée en 2011 et l’avait conservée quinze ans. Lundi, le Guide Castel a retiré son étoile à La Table du Causse, le restaurant que Lucien Ferrat, 58 ans, tient avec son épouse sur les hauteurs de Montcalvy. «{NNB}J’ai appris la nouvelle par un texto d’un confrère, à 7 heures du matin. C’est un coup de massue{NNB}», confie Lucien Ferrat, joint par Le Point.
Le chef, connu pour son plat signature, l’«{NNB}Agneau des trois vallées{NNB}», n’entend pas pour autant revoir sa copie. «{NNB}Je ne vais pas changer ma cuisine pour plaire à des inspecteurs, poursuit-il. Mais j’aurais aimé qu’on m’explique.{NNB}»
Lire aussi Les nouveaux étoilés du Guide Castel : la liste complète
Dans un communiqué publié mardi, le Guide Castel justifie sa décision par «{NNB}une irrégularité constatée lors de plusieurs visites{NNB}». «{NNB}Nos inspecteurs jugent une assiette, jamais une personne. Le retrait d’une étoile n’est pas une sanction{NNB}», précise le texte.
Sa directrice, Margaux Delaunay-Rives, a déclaré au Point : «{NNB}Nous ne commentons jamais un établissement en particulier. Mais nous revenons toujours, et une étoile peut se regagner.{NNB}»
Selon un ancien inspecteur du guide, qui a requis l’anonymat, la décision «{NNB}ne s’est pas jouée dans l’assiette mais sur le service{NNB}». Une version que conteste l’équipe de salle.
«{NNB}Le service n’a pas changé, la carte non plus. On ne comprend pas{NNB}», souffle Bastien Roux, sommelier de la maison depuis douze ans. «{NNB}Ce soir, on sera là, comme d’habitude, avec les mêmes assiettes et le même sourire.{NNB}»
© Jean-Paul Marcillac / Le Point
Son épouse, Hélène Ferrat, qui dirige la salle, parle d’une «{NNB}injustice{NNB}», mais refuse de s’apitoyer. “Depuis lundi, le téléphone n’arrête pas de sonner, les clients veulent nous soutenir”, sourit-elle. Les réservations du mois d’avril seraient déjà complètes, selon le couple.
Dans le village, où le restaurant emploie neuf personnes, la nouvelle a fait l’effet d’un coup de tonnerre. Le maire de Montcalvy, Didier Vayssettes, a jugé «{NNB}incompréhensible{NNB}» la décision du guide, rappelant que La Table du Causse attire chaque année des clients venus de toute l’Europe.
Abonnez-vous à partir de 1 € le premier mois
Lucien Ferrat, lui, veut croire que la page n’est pas tournée. Il a déjà prévu de fermer deux semaines en janvier pour retravailler ses desserts, mais pas question de céder à la mode des menus à quinze services. «{NNB}On a perdu une étoile, pas notre âme{NNB}», conclut le chef.""",
    [
        ("un coup de massue", "Lucien Ferrat", None, None),
        (
            "J’ai appris la nouvelle par un texto d’un confrère, à 7 heures du matin. C’est un coup de massue",
            "Lucien Ferrat",
            ("confie Lucien Ferrat", "Lucien Ferrat"),
            "confie",
        ),
        (
            "Je ne vais pas changer ma cuisine pour plaire à des inspecteurs,",
            "Lucien Ferrat",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "Mais j’aurais aimé qu’on m’explique.",
            "Lucien Ferrat",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "une irrégularité constatée lors de plusieurs visites",
            "Guide Castel",
            ("le Guide Castel justifie", "le Guide Castel"),
            "justifie",
        ),
        (
            "Nos inspecteurs jugent une assiette, jamais une personne. Le retrait d’une étoile n’est pas une sanction",
            "Guide Castel",
            "le texte",
            "précise",
        ),
        (
            "Nous ne commentons jamais un établissement en particulier. Mais nous revenons toujours, et une étoile peut se regagner.",
            "Margaux Delaunay-Rives",
            "Margaux Delaunay-Rives",
            "a déclaré",
        ),
        (
            "ne s’est pas jouée dans l’assiette mais sur le service",
            "inspecteur",
            "un ancien inspecteur",
            "Selon",
        ),
        (
            "Le service n’a pas changé, la carte non plus. On ne comprend pas",
            "Bastien Roux",
            "Bastien Roux",
            "souffle",
        ),
        (
            "Ce soir, on sera là, comme d’habitude, avec les mêmes assiettes et le même sourire.",
            "Bastien Roux",
            None,
            None,
        ),
        ("injustice", "Hélène Ferrat", "Hélène Ferrat", "parle"),
        (
            "Depuis lundi, le téléphone n’arrête pas de sonner, les clients veulent nous soutenir",
            "Hélène Ferrat",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        ("incompréhensible", "Didier Vayssettes", "Didier Vayssettes", "a jugé"),
        ("On a perdu une étoile, pas notre âme", "Lucien Ferrat", "le chef", "conclut"),
    ],
    ["Agneau des trois vallées"],
)

article(
    "blind14-fr03",
    "fr",
    f"""Toulouse : le « Fire Drill Challenge » vide un lycée, l'influenceur présente ses excuses

20 Minutes avec AFP
Publié le 18/10/26 à 16h02 — Mis à jour le 18/10/26 à 17h15

Plus de 1 200 élèves sur le trottoir, trois camions de pompiers et une vidéo vue 4 millions de fois. Jeudi matin, deux élèves du lycée Pierre-Vidalou, à Toulouse, ont déclenché l'alarme incendie de l'établissement en se filmant, pour relever le « Fire Drill Challenge », lancé quelques jours plus tôt par l'influenceur Kenzo Mabrouk, alias « Kenzaï ».
« Plus de 1 200 élèves ont été évacués en quatre minutes. Le dispositif a fonctionné, mais c'était totalement irresponsable », a réagi auprès de 20 Minutes la proviseure du lycée, Sandrine Aubenas. Mme Aubenas a annoncé que les deux élèves seraient « convoqués en conseil de discipline » dans les prochains jours.
Partager l'article
Dans une vidéo publiée jeudi soir sur son compte, Kenzo Mabrouk affirme : « Je n'ai jamais demandé à personne de déclencher une vraie alarme. C'était censé être une blague entre potes. » Le ton a changé quelques heures plus tard. « J'ai supprimé la vidéo. Je m'excuse auprès des profs et des pompiers », ajoute le jeune homme de 19 ans, suivi par 2,3 millions d'abonnés.
La direction départementale de la sécurité publique a rappelé sur X que le déclenchement volontaire d'une alarme était « un délit passible de 7 500 euros d'amende ». « On a eu trois cas similaires en une semaine dans l'agglomération », glisse un policier. Aucune plainte n'avait été déposée vendredi midi, mais le parquet a été avisé.
À lire aussi : « Blackout Challenge » : la mise en garde des pédiatres
Devant les grilles, les parents oscillent entre colère et indulgence. Karim Belhadj, père d'une élève de seconde, est plus nuancé que d'autres : « Ce sont des gamins. Il faut les sanctionner, oui, mais surtout leur expliquer. » « Ma fille a pleuré dans la cour, elle croyait que c'était vrai. »
Une élève de terminale, rencontrée à la sortie, résume : «{NNB}Tout le monde filmait, personne ne savait si c'était une blague ou pas.{NNB}» Selon elle, la vidéo des deux lycéens circulait déjà « dans tous les groupes » avant même la fin de l'évacuation.
Selon le rectorat de Toulouse, « une campagne de prévention sera lancée dans tous les établissements de l'académie avant les vacances ». Le rectorat précise que les élèves impliqués ont été reçus avec leurs parents dès jeudi après-midi et qu'un signalement a été transmis.
Pour la sociologue Inès Carrasco, spécialiste des usages numériques des adolescents, ces défis reposent sur « la promesse d'une visibilité immédiate ». « Le problème n'est pas TikTok en soi. C'est que la récompense arrive avant la réflexion », analyse la chercheuse.
Inscrivez-vous à la newsletter 20 Minutes Toulouse et recevez l'essentiel de l'actu locale""",
    [
        (
            "Plus de 1 200 élèves ont été évacués en quatre minutes. Le dispositif a fonctionné, mais c'était totalement irresponsable",
            "Sandrine Aubenas",
            "Sandrine Aubenas",
            "a réagi",
        ),
        ("convoqués en conseil de discipline", "Sandrine Aubenas", "Mme Aubenas", "a annoncé"),
        (
            "Je n'ai jamais demandé à personne de déclencher une vraie alarme. C'était censé être une blague entre potes.",
            "Kenzo Mabrouk",
            ("Kenzo Mabrouk affirme", "Kenzo Mabrouk"),
            "affirme",
        ),
        (
            "J'ai supprimé la vidéo. Je m'excuse auprès des profs et des pompiers",
            "Kenzo Mabrouk",
            "le jeune homme de 19 ans",
            "ajoute",
        ),
        (
            "un délit passible de 7 500 euros d'amende",
            "direction départementale de la sécurité publique",
            "La direction départementale de la sécurité publique",
            "a rappelé",
        ),
        (
            "On a eu trois cas similaires en une semaine dans l'agglomération",
            "policier",
            "un policier",
            "glisse",
        ),
        (
            "Ce sont des gamins. Il faut les sanctionner, oui, mais surtout leur expliquer.",
            "Karim Belhadj",
            "Karim Belhadj",
            None,
        ),
        (
            "Ma fille a pleuré dans la cour, elle croyait que c'était vrai.",
            "Karim Belhadj",
            None,
            None,
        ),
        (
            "Tout le monde filmait, personne ne savait si c'était une blague ou pas.",
            "élève",
            "Une élève de terminale",
            "résume",
        ),
        ("dans tous les groupes", "élève", ("Selon elle", "elle"), "Selon"),
        (
            "une campagne de prévention sera lancée dans tous les établissements de l'académie avant les vacances",
            "rectorat de Toulouse",
            "le rectorat de Toulouse",
            "Selon",
        ),
        (
            "la promesse d'une visibilité immédiate",
            "Inès Carrasco",
            "Inès Carrasco",
            ("Pour la sociologue", "Pour"),
        ),
        (
            "Le problème n'est pas TikTok en soi. C'est que la récompense arrive avant la réflexion",
            "Inès Carrasco",
            "la chercheuse",
            "analyse",
        ),
    ],
    ["Fire Drill Challenge", "Fire Drill Challenge", "Kenzaï", "Blackout Challenge"],
)

article(
    "blind14-fr04",
    "fr",
    """Fusion bancaire: la Banque lémanique avale le Crédit alpin

Élodie Sauvain, Genève
Publié mardi 9 juin 2026 à 18:24

C’est la plus importante opération bancaire en Suisse romande depuis une décennie. La Banque lémanique a annoncé mardi le rachat du Crédit alpin pour 1,3 milliard de francs, payés pour moitié en actions. La nouvelle entité s’appellera «Banque lémanique & alpine» et conservera son siège à Lausanne.
«Cette opération donne naissance au premier acteur bancaire régional de Suisse romande», a déclaré Marc-Antoine Juillerat, directeur général de la Banque lémanique, lors d’une conférence de presse. Le réseau combiné comptera 74 agences et quelque 2100 collaborateurs. «Il n’y aura pas de licenciements secs, a-t-il assuré. Les départs naturels suffiront.»
Présidente du conseil d’administration du Crédit alpin, Béatrice Zwahlen parle d’un «mariage de raison». «Seuls, nous n’avions pas la taille pour financer la transition numérique», reconnaît-elle. Les actionnaires de la banque valaisanne se prononceront lors d’une assemblée extraordinaire le 2 septembre.
Lire également: Les banques régionales face au retour des taux bas
Le porte-parole de l’autorité de surveillance des marchés, Pascal Meuwly, a indiqué que l’examen du dossier prendrait «plusieurs mois», la nouvelle banque dépassant le seuil à partir duquel des exigences de fonds propres renforcées s’appliquent.
Du côté du personnel, l’enthousiasme est nettement plus mesuré. «On nous a déjà promis zéro licenciement en 2019, et 140 postes ont disparu en deux ans», rappelle Nadia Rochat, secrétaire générale du syndicat du personnel bancaire SPB-Romandie. «Nous exigerons un plan social écrit avant tout vote des actionnaires.»
Pour Florian Gisler, analyste chez Mirabeau Partners, «le prix payé est élevé, mais la logique industrielle est solide». Il estime que les synergies annoncées, 85 millions de francs par an d’ici 2029, sont «plutôt prudentes».
Partager sur LinkedIn
Les négociations, menées dans le plus grand secret depuis l’automne, ont failli échouer sur la question du siège. «Le canton de Vaud a poussé très fort pour que tout reste à Lausanne. Sion a fini par céder contre la garantie d’un centre de compétences», confie un proche des négociations.
Le Conseil d’Etat vaudois a salué dans un communiqué «une bonne nouvelle pour la place financière». A Sion, le ton était plus réservé. Le conseiller d’Etat valaisan chargé de l’économie, Raphaël Bonvin, s’est dit «attentif au maintien des emplois dans le canton», sans commenter davantage.
Le plan stratégique commun, baptisé «Horizon 2030», doit être présenté aux investisseurs en novembre. M. Juillerat promet d’ici là «une feuille de route claire pour chaque agence».
Cet article vous est offert. Abonnez-vous pour soutenir un journalisme indépendant.""",
    [
        (
            "Cette opération donne naissance au premier acteur bancaire régional de Suisse romande",
            "Marc-Antoine Juillerat",
            "Marc-Antoine Juillerat",
            "a déclaré",
        ),
        (
            "Il n’y aura pas de licenciements secs,",
            "Marc-Antoine Juillerat",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Les départs naturels suffiront.",
            "Marc-Antoine Juillerat",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("mariage de raison", "Béatrice Zwahlen", "Béatrice Zwahlen", "parle"),
        (
            "Seuls, nous n’avions pas la taille pour financer la transition numérique",
            "Béatrice Zwahlen",
            ("reconnaît-elle", "elle"),
            "reconnaît-elle",
        ),
        ("plusieurs mois", "Pascal Meuwly", "Pascal Meuwly", "a indiqué"),
        (
            "On nous a déjà promis zéro licenciement en 2019, et 140 postes ont disparu en deux ans",
            "Nadia Rochat",
            "Nadia Rochat",
            "rappelle",
        ),
        (
            "Nous exigerons un plan social écrit avant tout vote des actionnaires.",
            "Nadia Rochat",
            None,
            None,
        ),
        (
            "le prix payé est élevé, mais la logique industrielle est solide",
            "Florian Gisler",
            "Florian Gisler",
            "Pour",
        ),
        ("plutôt prudentes", "Florian Gisler", ("Il estime", "Il"), "estime"),
        (
            "Le canton de Vaud a poussé très fort pour que tout reste à Lausanne. Sion a fini par céder contre la garantie d’un centre de compétences",
            "proche",
            "un proche des négociations",
            "confie",
        ),
        (
            "une bonne nouvelle pour la place financière",
            "Conseil d’Etat vaudois",
            "Le Conseil d’Etat vaudois",
            "a salué",
        ),
        (
            "attentif au maintien des emplois dans le canton",
            "Raphaël Bonvin",
            "Raphaël Bonvin",
            "s’est dit",
        ),
        (
            "une feuille de route claire pour chaque agence",
            "Marc-Antoine Juillerat",
            "M. Juillerat",
            "promet",
        ),
    ],
    ["Banque lémanique & alpine", "Horizon 2030"],
)

article(
    "blind14-fr05",
    "fr",
    f"""Sahel : l’humanitaire français Paul Delorme libéré après quatorze mois de captivité

Publié le : 22/09/2026 - 14:35 Modifié le : 22/09/2026 - 16:10
Par RFI

L’humanitaire français Paul Delorme, enlevé en juillet 2025 dans le nord du Sanhara, a été libéré dans la nuit de dimanche à lundi. Il est arrivé lundi matin à l’aéroport militaire de Kalinga, avant d’être rapatrié vers Paris dans l’après-midi.
Amaigri, la barbe blanche, l’ancien coordinateur de l’ONG Terres Solidaires a pris quelques minutes pour parler à la presse. «{NB}Je suis fatigué, mais je suis debout. Je pensais à ma famille chaque jour{NB}», a déclaré Paul Delorme, 61 ans, à sa descente d’avion. «{NB}Je veux remercier tous ceux qui ne m’ont pas oublié.{NB}»
Il a décrit des conditions de détention très dures. «{NB}On me déplaçait tous les dix jours, a raconté le sexagénaire. Je n’ai jamais su où j’étais.{NB}»
Photo : Paul Delorme à son arrivée à l’aéroport de Kalinga, le 22 septembre 2026. © RFI / Aminata Kéita
Dans un communiqué, le Quai d’Orsay a salué «{NB}l’engagement décisif des autorités sanharaises{NB}» et a remercié «{NB}tous les partenaires{NB}» ayant contribué à cette libération, sans plus de précisions.
«{NB}Aucune rançon n’a été versée{NB}», a affirmé à RFI le ministre sanharais de la Sécurité, le général Abdoulaye Sangaré. Une source sécuritaire régionale évoque pourtant «{NB}des contreparties{NB}» obtenues par les ravisseurs, notamment la libération de plusieurs de leurs combattants.
Écouter aussi : Sahel, la diplomatie des otages
À Lyon, sa sœur, Martine Delorme-Vasseur, qui avait lancé avec le comité de soutien la campagne «{NB}Libérez Paul{NB}», a confié à RFI : «{NB}On a ouvert le champagne à 6 heures du matin. Quatorze mois, c’est une éternité.{NB}» Elle se dit «{NB}soulagée, mais vidée{NB}».
Le directeur de Terres Solidaires, Jérôme Akakpo, a lui aussi pris la parole lors d’une conférence de presse au siège de l’ONG, à Lyon :
«{NB}Paul est un homme d’une résistance incroyable. Pendant quatorze mois, nous n’avons jamais cessé de travailler à sa libération, dans la discrétion que ce genre de situation impose.
«{NB}Aujourd’hui, nos pensées vont aussi aux otages qui restent détenus dans la région. Leur sort ne doit pas être oublié.{NB}»
L’ONG a suspendu ses activités dans le nord du pays depuis l’enlèvement. Selon M. Akakpo, elles ne reprendront pas «{NB}avant longtemps{NB}».
Newsletter Recevez toute l’actualité internationale directement dans votre boîte mail""",
    [
        (
            "Je suis fatigué, mais je suis debout. Je pensais à ma famille chaque jour",
            "Paul Delorme",
            ("a déclaré Paul Delorme", "Paul Delorme"),
            "a déclaré",
        ),
        ("Je veux remercier tous ceux qui ne m’ont pas oublié.", "Paul Delorme", None, None),
        ("On me déplaçait tous les dix jours,", "Paul Delorme", "le sexagénaire", "a raconté"),
        ("Je n’ai jamais su où j’étais.", "Paul Delorme", "le sexagénaire", "a raconté"),
        (
            "l’engagement décisif des autorités sanharaises",
            "Quai d’Orsay",
            "le Quai d’Orsay",
            "a salué",
        ),
        ("tous les partenaires", "Quai d’Orsay", "le Quai d’Orsay", "a remercié"),
        ("Aucune rançon n’a été versée", "Abdoulaye Sangaré", "Abdoulaye Sangaré", "a affirmé"),
        ("des contreparties", "source", "Une source sécuritaire régionale", "évoque"),
        (
            "On a ouvert le champagne à 6 heures du matin. Quatorze mois, c’est une éternité.",
            "Martine Delorme-Vasseur",
            "Martine Delorme-Vasseur",
            "a confié",
        ),
        ("soulagée, mais vidée", "Martine Delorme-Vasseur", ("Elle se dit", "Elle"), "se dit"),
        (
            "Paul est un homme d’une résistance incroyable. Pendant quatorze mois, nous n’avons jamais cessé de travailler à sa libération, dans la discrétion que ce genre de situation impose.",
            "Jérôme Akakpo",
            "Jérôme Akakpo",
            "a lui aussi pris la parole",
        ),
        (
            "Aujourd’hui, nos pensées vont aussi aux otages qui restent détenus dans la région. Leur sort ne doit pas être oublié.",
            "Jérôme Akakpo",
            "Jérôme Akakpo",
            "a lui aussi pris la parole",
        ),
        ("avant longtemps", "Jérôme Akakpo", "M. Akakpo", "Selon"),
    ],
    ["Libérez Paul"],
)

article(
    "blind14-fr06",
    "fr",
    """Vernouillac : un retraité attaque les cloches de l'église, le maire « ne cédera pas »

Par Mathieu Lagarde, France Bleu Périgord
Vendredi 6 novembre 2026 à 7:48

Écouter le reportage (1 min 52)

À Vernouillac, 640 habitants, le clocher de l'église Saint-Martin est devenu le cœur d'une querelle de voisinage qui va finir devant la justice. Installé depuis deux ans dans une maison mitoyenne de l'église, Gilbert Anselme, 72 ans, dit ne plus dormir. « Elles sonnent à 7 heures, à midi, à 19 heures, et même les quarts d'heure la nuit. C'est de la torture », explique-t-il. « Je ne demande pas qu'on les arrête, juste qu'on coupe la sonnerie entre 22 heures et 7 heures. »
Le maire, Jean-Pierre Castaing, refuse de toucher à ce qu'il considère comme « le patrimoine sonore » du village. « Ces cloches sonnent depuis 1874. Je ne céderai pas », a martelé l'édile au micro de France Bleu Périgord. Il rappelle que la commune a fait restaurer le mécanisme de l'horloge il y a trois ans, pour 38 000 euros.
Partager cet article
L'avocate de M. Anselme, Me Clarisse Bordas, a saisi le tribunal administratif de Bordeaux au début du mois. Elle invoque « un trouble anormal de voisinage » et demande une expertise acoustique. « La jurisprudence est claire : la nuit, le bruit doit cesser, qu'il vienne d'un bar ou d'un clocher », estime-t-elle.
Au village, la plainte a provoqué une levée de boucliers. Une pétition de soutien, baptisée « Touche pas à mon clocher », a recueilli plus de 600 signatures en dix jours, soit presque autant que d'habitants. « On est à la campagne, il y a des coqs, des tracteurs et des cloches. C'est comme ça », lâche une habitante croisée devant la boulangerie.
À lire aussi : À Mareuil-les-Vignes, le coq de la discorde est de retour
Pour le père Yannick Lestrade, curé de la paroisse, « les cloches appellent à la prière, mais elles rythment aussi la vie de ceux qui ne croient pas ». Le prêtre, qui dessert onze communes, dit comprendre la fatigue du plaignant : « Je ne veux pas d'une guerre. On peut sûrement trouver un compromis sur la nuit. »
Le diocèse a fait savoir qu'il suivait le dossier « avec attention », sans prendre position.
M. Castaing assure de son côté avoir proposé une « médiation » dès le printemps, restée sans réponse. Gilbert Anselme, lui, dément : « Personne ne m'a jamais rien proposé. On m'a juste dit que si je n'étais pas content, je n'avais qu'à repartir en ville. »
Le tribunal administratif devrait se prononcer d'ici au mois de mars.
Recevez l'actualité de votre région avec la newsletter France Bleu Périgord""",
    [
        ("ne cédera pas", "Jean-Pierre Castaing", None, None),
        (
            "Elles sonnent à 7 heures, à midi, à 19 heures, et même les quarts d'heure la nuit. C'est de la torture",
            "Gilbert Anselme",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Je ne demande pas qu'on les arrête, juste qu'on coupe la sonnerie entre 22 heures et 7 heures.",
            "Gilbert Anselme",
            None,
            None,
        ),
        ("le patrimoine sonore", "Jean-Pierre Castaing", ("qu'il considère", "il"), "considère"),
        (
            "Ces cloches sonnent depuis 1874. Je ne céderai pas",
            "Jean-Pierre Castaing",
            "l'édile",
            "a martelé",
        ),
        ("un trouble anormal de voisinage", "Clarisse Bordas", ("Elle invoque", "Elle"), "invoque"),
        (
            "La jurisprudence est claire : la nuit, le bruit doit cesser, qu'il vienne d'un bar ou d'un clocher",
            "Clarisse Bordas",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        (
            "On est à la campagne, il y a des coqs, des tracteurs et des cloches. C'est comme ça",
            "habitante",
            "une habitante",
            "lâche",
        ),
        (
            "les cloches appellent à la prière, mais elles rythment aussi la vie de ceux qui ne croient pas",
            "Yannick Lestrade",
            "Yannick Lestrade",
            "Pour",
        ),
        (
            "Je ne veux pas d'une guerre. On peut sûrement trouver un compromis sur la nuit.",
            "Yannick Lestrade",
            "Le prêtre",
            "dit comprendre",
        ),
        ("avec attention", "diocèse", "Le diocèse", "a fait savoir"),
        ("médiation", "Jean-Pierre Castaing", "M. Castaing", "assure"),
        (
            "Personne ne m'a jamais rien proposé. On m'a juste dit que si je n'étais pas content, je n'avais qu'à repartir en ville.",
            "Gilbert Anselme",
            ("Gilbert Anselme, lui, dément", "Gilbert Anselme"),
            "dément",
        ),
    ],
    ["Touche pas à mon clocher"],
)

article(
    "blind14-fr07",
    "fr",
    f"""Pro D2 : Varennes renverse les Sablais au bout du suspense, Poujol fulmine contre l'arbitrage

Par Thomas Larrieu (avec B. D.)
Mis à jour le 21 septembre 2026 à 23h58

Menés 13-22 à l'heure de jeu, les Varennois ont arraché le derby (27-22) grâce à deux essais dans les dix dernières minutes, samedi soir au stade Marcel-Lafitte, devant 7 400 spectateurs qui reprenaient en chœur «{NNB}Allez les Rouges{NNB}» bien après le coup de sifflet final.
«{NNB}On a été moches pendant une heure et magnifiques pendant dix minutes. Je prends les dix minutes{NNB}», s'amusait Fabrice Lacombe, l'entraîneur varennois, en conférence de presse. Le capitaine Mathis Etchegaray, auteur de l'essai de la victoire à la 78e minute, savourait lui aussi. «{NNB}Les gars n'ont jamais lâché. À 13-22, personne dans le vestiaire ne pensait qu'on était morts{NNB}», a soufflé le troisième-ligne, le visage encore en sang.
Le résumé vidéo du match (2:45)
L'ailier Noa Vaiti, auteur d'un doublé, a parlé d'un «{NNB}match de fous{NNB}», le plus fou de sa jeune carrière.
Côté sablais, l'entraîneur Régis Poujol n'a pas digéré l'essai refusé à son pilier à la 71e minute, qui aurait donné quatorze points d'avance à son équipe. «{NNB}L'arbitre a vu un en-avant que personne n'a vu. Ni les joueurs, ni la vidéo{NNB}», a-t-il pesté. «{NNB}Je ne vais pas pleurer, a ajouté Poujol, mais on va envoyer un dossier à la Ligue.{NNB}»
(R. Meunier/L'Équipe)
Dans son rapport, consulté par L'Équipe, l'arbitre de la rencontre, Julien Sarrazin, écrit avoir constaté «{NNB}une perte de balle vers l'avant nette, confirmée par l'arbitre assistant{NNB}». Il ajoute que la vidéo n'a pas été consultée car l'action était «{NNB}jugée claire{NNB}» par le corps arbitral.
«{NNB}Le dossier sera étudié comme les autres, sans précipitation{NNB}», indique-t-on à la Ligue, où l'on rappelle que les réclamations sur des décisions d'arbitrage aboutissent rarement.
Partager sur X
Au-delà de la polémique, Poujol reconnaissait que son équipe avait «{NNB}manqué de jus{NNB}» en fin de rencontre, après avoir mené pendant plus de cinquante minutes grâce à la botte de son ouvreur.
Lacombe, lui, préférait déjà penser au déplacement à Saint-Ferréol samedi prochain, face au leader invaincu. «{NNB}La semaine prochaine, si on joue comme ça pendant une heure, on en prend quarante{NNB}», prévient-il. «{NNB}Il faudra être bons du début à la fin, pas seulement quand on a le couteau sous la gorge.{NNB}»
Classement Pro D2 : consultez le classement complet""",
    [
        (
            "On a été moches pendant une heure et magnifiques pendant dix minutes. Je prends les dix minutes",
            "Fabrice Lacombe",
            "Fabrice Lacombe",
            "s'amusait",
        ),
        (
            "Les gars n'ont jamais lâché. À 13-22, personne dans le vestiaire ne pensait qu'on était morts",
            "Mathis Etchegaray",
            "le troisième-ligne",
            "a soufflé",
        ),
        ("match de fous", "Noa Vaiti", "Noa Vaiti", "a parlé"),
        (
            "L'arbitre a vu un en-avant que personne n'a vu. Ni les joueurs, ni la vidéo",
            "Régis Poujol",
            ("a-t-il pesté", "il"),
            "a-t-il pesté",
        ),
        ("Je ne vais pas pleurer,", "Régis Poujol", ("a ajouté Poujol", "Poujol"), "a ajouté"),
        (
            "mais on va envoyer un dossier à la Ligue.",
            "Régis Poujol",
            ("a ajouté Poujol", "Poujol"),
            "a ajouté",
        ),
        (
            "une perte de balle vers l'avant nette, confirmée par l'arbitre assistant",
            "Julien Sarrazin",
            "Julien Sarrazin",
            "écrit",
        ),
        ("jugée claire", "Julien Sarrazin", ("Il ajoute", "Il"), "ajoute"),
        (
            "Le dossier sera étudié comme les autres, sans précipitation",
            "Ligue",
            ("à la Ligue, où", "Ligue"),
            "indique-t-on",
        ),
        ("manqué de jus", "Régis Poujol", ("Poujol reconnaissait", "Poujol"), "reconnaissait"),
        (
            "La semaine prochaine, si on joue comme ça pendant une heure, on en prend quarante",
            "Fabrice Lacombe",
            ("prévient-il", "il"),
            "prévient-il",
        ),
        (
            "Il faudra être bons du début à la fin, pas seulement quand on a le couteau sous la gorge.",
            "Fabrice Lacombe",
            None,
            None,
        ),
    ],
    ["Allez les Rouges"],
)

article(
    "blind14-fr08",
    "fr",
    f"""Le phare de Kerdoniel vendu aux enchères : «{NB}un crève-cœur{NB}» pour son dernier gardien

Ouest-France Anne-Sophie Le Goff.
Publié le 27/04/2026 à 06h00

Il veillait sur l’entrée de la baie depuis 1862. Le phare de Kerdoniel, sur l’île de Kervoëlan, a été adjugé jeudi pour 412 000 euros, au terme d’une vente en ligne qui a duré trois semaines et attiré dix-sept candidats.
«{NB}La vente garantit l’entretien du bâtiment, que l’État n’avait plus les moyens d’assurer{NB}», justifie la préfecture du Finistère dans un communiqué. Le feu, automatisé en 1998, continuera de fonctionner et restera sous la responsabilité des Phares et Balises.
L’acquéreur, l’homme d’affaires rennais Olivier Trémel, 47 ans, ne cache pas son émotion. «{NB}Je veux en faire une résidence d’artistes, pas un hôtel de luxe{NB}», a-t-il assuré à Ouest-France. Il promet d’ouvrir le site au public «{NB}au moins deux mois par an{NB}».
Lire aussi. Les phares bretons, un patrimoine à vendre ?
Yves Le Bihan, 79 ans, en a été le dernier gardien, de 1971 à 1998. Il a raconté ces années dans un livre, «{NB}Les Nuits de Kerdoniel{NB}», publié en 2009. Assis dans sa cuisine, face à la mer, il se souvient :
«{NB}J’ai passé vingt-sept ans là-haut. Ma femme faisait la traversée en canot une fois par semaine pour le ravitaillement. Quand on l’a automatisé, j’ai eu l’impression qu’on m’enlevait un enfant.
«{NB}Alors le vendre, c’est un crève-cœur. On ne vend pas un phare comme une maison de vacances.{NB}»
Photo : Ouest-France / Vincent Kerhervé
La présidente de l’association des Amis de Kerdoniel, Maïwenn Cadiou, dénonce «{NB}une braderie du patrimoine maritime{NB}». “Le prix de départ était de 180 000 euros. C’est le prix d’un studio à Paris !”, s’indigne-t-elle. “Nous avions proposé une gestion associative, personne ne nous a jamais répondu.”
Selon une source proche du dossier, deux autres offres «{NB}nettement supérieures{NB}» avaient pourtant été écartées, leurs auteurs projetant d’y installer des chambres d’hôtes haut de gamme.
Le maire de l’île, Hervé Quéméner, se dit lui «{NB}plutôt rassuré{NB}». «{NB}M. Trémel est venu nous voir avant même la fin des enchères. Il a compris que le phare appartient un peu à tout le monde ici{NB}», explique l’élu, qui espère que le chantier de restauration fera travailler les artisans de l’île.
La signature de l’acte de vente est prévue à la fin du mois de juin.
Newsletter Finistère : recevez l’info locale chaque jour""",
    [
        ("un crève-cœur", "Yves Le Bihan", None, None),
        (
            "La vente garantit l’entretien du bâtiment, que l’État n’avait plus les moyens d’assurer",
            "préfecture du Finistère",
            "la préfecture du Finistère",
            "justifie",
        ),
        (
            "Je veux en faire une résidence d’artistes, pas un hôtel de luxe",
            "Olivier Trémel",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("au moins deux mois par an", "Olivier Trémel", ("Il promet", "Il"), "promet"),
        (
            "J’ai passé vingt-sept ans là-haut. Ma femme faisait la traversée en canot une fois par semaine pour le ravitaillement. Quand on l’a automatisé, j’ai eu l’impression qu’on m’enlevait un enfant.",
            "Yves Le Bihan",
            ("il se souvient", "il"),
            "se souvient",
        ),
        (
            "Alors le vendre, c’est un crève-cœur. On ne vend pas un phare comme une maison de vacances.",
            "Yves Le Bihan",
            ("il se souvient", "il"),
            "se souvient",
        ),
        ("une braderie du patrimoine maritime", "Maïwenn Cadiou", "Maïwenn Cadiou", "dénonce"),
        (
            "Le prix de départ était de 180 000 euros. C’est le prix d’un studio à Paris !",
            "Maïwenn Cadiou",
            ("s’indigne-t-elle", "elle"),
            "s’indigne-t-elle",
        ),
        (
            "Nous avions proposé une gestion associative, personne ne nous a jamais répondu.",
            "Maïwenn Cadiou",
            None,
            None,
        ),
        ("nettement supérieures", "source", "une source proche du dossier", "Selon"),
        ("plutôt rassuré", "Hervé Quéméner", "Hervé Quéméner", "se dit"),
        (
            "M. Trémel est venu nous voir avant même la fin des enchères. Il a compris que le phare appartient un peu à tout le monde ici",
            "Hervé Quéméner",
            "l’élu",
            "explique",
        ),
    ],
    ["Les Nuits de Kerdoniel"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind14_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
