# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind27_fr.jsonl: a twenty-seventh blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: the cotton campaign price angering
growers (L'Observateur Paalga, Burkina Faso agriculture: a headline quote with a group cue,
an interrupted quote, a ginning company with a short name in brackets, an anonymous extension
agent in straight marks, a placard slogan), a commune merger rejected at the ballot box
(La Liberté, Fribourg local politics: Swiss unpadded marks, a syndic by title in the headline,
a committee's name in marks, a follow-on quote, the cantonal service's communiqué), a
cyclo-cross race in the mud (DH Les Sports, Belgium: a headline quote after the rider's name,
an interrupted quote, a nested “ ” promise, a course nickname, NNBSP once), a snowmobile-club
treasurer's sentencing (La Tribune, Sherbrooke courts: a dek quote with a title-only cue, a
quote in an intertitle, the accused's letter, a ledger label in marks), dialysis patients
short of kits (Cameroon Tribune health: a multi-paragraph testimony with a nested “ ” order,
the hospital's management, the ministry's communiqué, an anonymous nurse, a campaign slogan),
coral bleaching in the southern lagoon (Les Nouvelles Calédoniennes environment: NNBSP padding,
a group in the dek, a Q&A whose unmarked answers are not listed while a quote inside them is,
an association's communiqué), a literary prize jury resigning (Livres Hebdo culture: a
headline partial quote without a cue, the jury's open letter, an intertitle quote, a nested
“ ” memory, book titles) and a wiring-harness plant cutting jobs in Tangier (L'Économiste,
Morocco economy: “ ” and unpadded « » side by side, an internal note, an unnamed source close
to the minister's office, a sit-in slogan). Padding varies: NBSP, NNBSP, plain spaces, none.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind27_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind27-fr01",
    "fr",
    """Campagne cotonnière 2025-2026 : « Le prix ne couvre même pas l'engrais », s'indignent les producteurs de la Boucle du Mouhoun

Par Issouf Sawadogo
Publié le lundi 14 avril 2025

Le prix d'achat du coton graine pour la campagne 2025-2026 a été fixé à 310 francs CFA le kilogramme de premier choix, a annoncé jeudi dernier à Bobo-Dioulasso le Comité interprofessionnel de la filière coton (CIFC). Un montant jugé « insuffisant » par de nombreux producteurs de la Boucle du Mouhoun, qui réclamaient au moins 350 francs.
À Dédougou, chef-lieu de la région, la colère était palpable samedi. « Avec ce prix, je ne rentre même pas dans mes frais. Le sac d'engrais est passé de 17 000 à 24 500 francs en deux ans. Le prix ne couvre même pas l'engrais, sans parler des herbicides et de la main-d'œuvre », s'emporte Adama Ouédraogo, 52 ans, qui cultive huit hectares à Kari.
Le président de l'Union provinciale des producteurs de coton du Mouhoun, Lassané Kaboré, dit comprendre cette frustration. « Nous avons défendu 350 francs jusqu'au bout de la nuit, a-t-il expliqué devant une centaine de délégués réunis à la maison de la femme de Dédougou. Mais les égreneurs nous ont opposé les cours mondiaux, qui ont chuté de près de 20 % depuis l'an dernier. »
Lire aussi : Intrants agricoles : le gouvernement annonce une rallonge de 15 milliards
Une lecture que partage la Compagnie des fibres du Mouhoun (Cofimou), principal égreneur de la zone. Dans un communiqué transmis à notre rédaction, la société affirme que le prix retenu est « le plus élevé possible sans mettre en péril l'équilibre financier de la filière ». Elle rappelle avoir versé l'an dernier une ristourne de 15 francs par kilo aux producteurs.
Des femmes vers le sésame
Mariam Traoré, présidente du groupement féminin Wend-Panga de Bondoukuy, prévient : « Beaucoup de femmes vont passer au sésame ou au soja cette année. Le coton, c'est beaucoup de travail pour rien. » Selon elle, au moins un tiers des membres du groupement a déjà « tourné la page ».
Au ministère de l'Agriculture, on se veut rassurant. « Le gouvernement ne laissera pas tomber les producteurs de coton », a déclaré le secrétaire général du département, Dr Boukary Zongo, joint par téléphone. Il a évoqué une subvention des intrants « en cours de finalisation », sans avancer de montant ni de calendrier.
Un agent d'encadrement de la zone cotonnière de Dédougou, qui a requis l'anonymat, redoute une baisse des superficies emblavées « d'au moins 30 % ». "Ce sera la pire campagne depuis 2012", glisse-t-il.
A la sortie de la réunion, des jeunes producteurs brandissaient des pancartes « Coton blanc, paysan noir de dettes ». Les délégués doivent rencontrer les responsables du CIFC le 22 avril à Bobo-Dioulasso.
Photo : Issouf Sawadogo / L'Observateur Paalga
Commentaires (4)
Partager : Facebook WhatsApp""",
    [
        (
            "Le prix ne couvre même pas l'engrais",
            "producteurs",
            "les producteurs de la Boucle du Mouhoun",
            "s'indignent",
        ),
        ("insuffisant", "producteurs", "de nombreux producteurs", "jugé"),
        (
            "Avec ce prix, je ne rentre même pas dans mes frais. Le sac d'engrais est passé de 17 000 à 24 500 francs en deux ans. Le prix ne couvre même pas l'engrais, sans parler des herbicides et de la main-d'œuvre",
            "Adama Ouédraogo",
            "Adama Ouédraogo",
            "s'emporte",
        ),
        (
            "Nous avons défendu 350 francs jusqu'au bout de la nuit",
            "Lassané Kaboré",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Mais les égreneurs nous ont opposé les cours mondiaux, qui ont chuté de près de 20 % depuis l'an dernier.",
            "Lassané Kaboré",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "le plus élevé possible sans mettre en péril l'équilibre financier de la filière",
            "Compagnie des fibres du Mouhoun",
            "la société",
            "affirme",
        ),
        (
            "Beaucoup de femmes vont passer au sésame ou au soja cette année. Le coton, c'est beaucoup de travail pour rien.",
            "Mariam Traoré",
            "Mariam Traoré",
            "prévient",
        ),
        ("tourné la page", "Mariam Traoré", ("Selon elle", "elle"), "Selon"),
        (
            "Le gouvernement ne laissera pas tomber les producteurs de coton",
            "Boukary Zongo",
            "Boukary Zongo",
            "a déclaré",
        ),
        ("en cours de finalisation", "Boukary Zongo", ("Il a évoqué", "Il"), "a évoqué"),
        ("d'au moins 30 %", "agent", "Un agent d'encadrement", "redoute"),
        (
            "Ce sera la pire campagne depuis 2012",
            "agent",
            ("glisse-t-il", "il"),
            "glisse",
        ),
    ],
    ["Coton blanc, paysan noir de dettes"],
)

article(
    "blind27-fr02",
    "fr",
    """Fusion refusée à Vuisternens-les-Prés: «Un coup de massue», lâche le syndic de Corbières-d’en-Haut

Les citoyens de Vuisternens-les-Prés ont dit non, à 54%, au mariage avec trois communes voisines de la Gruyère. Les trois autres avaient pourtant accepté.

Claude-Alain Jaquier
Publié le 10.03.2025 | Temps de lecture: 4 min

C’est un non net, et il fait mal. Dimanche, 54,2% des votants de Vuisternens-les-Prés ont rejeté la convention de fusion qui devait unir, au 1er janvier 2027, leur commune à Corbières-d’en-Haut, Sâles-Dessous et La Roche-Vieille. Les trois autres communes ont dit oui, parfois massivement. La participation a atteint 71%, un record pour un scrutin communal dans le district.
«C’est un coup de massue. Quatre ans de travail, des dizaines de séances, et tout tombe à l’eau pour une centaine de voix», lâche Pierre-André Menoud, syndic de Corbières-d’en-Haut et président du comité de pilotage. Joint lundi matin, il ne cachait pas sa déception.
«Le Conseil communal prend acte de la décision du peuple. Nous respectons ce choix», commente plus sobrement la syndique de Vuisternens-les-Prés, Nadia Yerly-Pasquier. Mme Yerly-Pasquier, qui avait soutenu le projet du bout des lèvres, estime toutefois que la fiscalité a pesé lourd: «Notre coefficient d’impôt serait passé de 72 à 80 centimes. Pour une famille, cela représente plusieurs centaines de francs par année. Les gens l’ont fait savoir.»
Photo: Sébastien Mottier
Le village n’aurait plus qu’un conseiller
Le comité «Vuisternens reste Vuisternens», qui a mené campagne contre la fusion, savoure sa victoire sans triomphalisme. «On n’est pas contre nos voisins. On est contre une grande commune où notre village n’aurait plus qu’un conseiller sur neuf», explique son porte-parole, Grégoire Chassot, agriculteur et ancien conseiller communal.
«La porte n’est pas fermée pour toujours. Mais il faudra revenir avec un projet qui tienne compte des petits villages.»
Lire aussi: En Veveyse, la fusion à quatre passe la rampe
Le préfet de la Gruyère, Olivier Pittet-Ruffieux, appelle au calme. «Il faudra laisser passer du temps. Une fusion imposée d’en haut n’aurait aucun sens», a-t-il réagi. Selon lui, une fusion à trois, sans Vuisternens-les-Prés, reste «tout à fait envisageable», à condition que les trois Conseils communaux relancent rapidement la démarche.
Du côté du canton, le Service des communes a indiqué dans un communiqué que la subvention cantonale de 2,4 millions de francs prévue pour la fusion «ne pourra pas être reportée automatiquement» sur un nouveau projet.
À la laiterie du village, lundi matin, les avis restaient partagés. «Je suis née ici, je veux mourir dans ma commune», sourit une habitante de 81 ans. Un jeune père de famille, qui a voté oui, se dit au contraire déçu et un peu gêné face à ses voisins de Corbières.
Newsletter: recevez chaque matin l’essentiel de l’actualité fribourgeoise""",
    [
        (
            "Un coup de massue",
            "Pierre-André Menoud",
            "le syndic de Corbières-d’en-Haut",
            "lâche",
        ),
        (
            "C’est un coup de massue. Quatre ans de travail, des dizaines de séances, et tout tombe à l’eau pour une centaine de voix",
            "Pierre-André Menoud",
            "Pierre-André Menoud",
            "lâche",
        ),
        (
            "Le Conseil communal prend acte de la décision du peuple. Nous respectons ce choix",
            "Nadia Yerly-Pasquier",
            "Nadia Yerly-Pasquier",
            "commente",
        ),
        (
            "Notre coefficient d’impôt serait passé de 72 à 80 centimes. Pour une famille, cela représente plusieurs centaines de francs par année. Les gens l’ont fait savoir.",
            "Nadia Yerly-Pasquier",
            "Mme Yerly-Pasquier",
            "estime",
        ),
        (
            "On n’est pas contre nos voisins. On est contre une grande commune où notre village n’aurait plus qu’un conseiller sur neuf",
            "Grégoire Chassot",
            "Grégoire Chassot",
            "explique",
        ),
        (
            "La porte n’est pas fermée pour toujours. Mais il faudra revenir avec un projet qui tienne compte des petits villages.",
            "Grégoire Chassot",
            None,
            None,
        ),
        (
            "Il faudra laisser passer du temps. Une fusion imposée d’en haut n’aurait aucun sens",
            "Olivier Pittet-Ruffieux",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
        ("tout à fait envisageable", "Olivier Pittet-Ruffieux", ("Selon lui", "lui"), "Selon"),
        (
            "ne pourra pas être reportée automatiquement",
            "Service des communes",
            "le Service des communes",
            "a indiqué",
        ),
        (
            "Je suis née ici, je veux mourir dans ma commune",
            "habitante",
            "une habitante de 81 ans",
            "sourit",
        ),
    ],
    ["Vuisternens reste Vuisternens"],
)

article(
    "blind27-fr03",
    "fr",
    f"""Cyclo-cross : Laurens Declercq s’impose dans la boue de Meulebeke : «{NB}J’ai cru que mes jambes allaient exploser{NB}»

Le champion de Belgique a dominé le Grand Prix de Meulebeke, quatrième manche du Trophée des Flandres. Le jeune Namurois Maxime Delvaux signe son premier podium chez les élites.

Kevin Vandenbroucke
Publié le 01-12-24 à 17h48 - Mis à jour le 01-12-24 à 19h02

Il ne restait plus grand-chose de blanc sur son maillot tricolore. Au terme d’une heure de course dans une boue épaisse et collante, Laurens Declercq a remporté dimanche le Grand Prix de Meulebeke avec 24 secondes d’avance sur le Néerlandais Sem Hoogendijk et 41 sur le Namurois Maxime Delvaux, 20 ans.
«{NB}J’ai cru que mes jambes allaient exploser dans la dernière montée. Franchement, je n’ai jamais autant souffert sur un vélo{NB}», a confié le coureur de 26 ans au micro de la RTBF, encore à bout de souffle.
Parti prudemment, le Flandrien a fait la différence au quatrième des neuf tours, dans la descente vers l’étang, que les supporters ont baptisée «{NB}le toboggan{NB}». «{NB}J’ai vu que Sem glissait, alors j’ai foncé, a-t-il raconté. Sur ce terrain-là, il ne faut jamais réfléchir.{NB}»
À lire aussi > Cyclo-cross : le calendrier complet de la saison 2024-2025
Beau joueur, Hoogendijk n’a pas cherché d’excuses. «{NB}Laurens était simplement plus fort aujourd’hui. Moi, j’ai perdu trop de temps dans les passages à pied{NB}», a reconnu le Néerlandais, qui s’exprimait dans sa langue.
PUB
Delvaux, la belle surprise
La vraie surprise est venue de Maxime Delvaux. Cinquième au premier passage, le coureur de la petite équipe Ardenne-Cross n’a jamais lâché prise et a dépassé le Flamand Jens Verhulst dans l’ultime tour. «{NNB}Mon père m’a dit ce matin : “Si tu finis dans le top 10, je paie les frites.” Je crois qu’il va devoir payer pour toute l’équipe{NNB}!{NNB}» s’amuse le Namurois.
Plus sérieusement, il dit vouloir «{NB}garder les pieds sur terre{NB}». «{NB}Un podium, c’est génial, mais la saison est longue. Je vise le top 5 aux championnats de Belgique, pas plus.{NB}»
Le directeur sportif de Declercq, Filip Van Acker, a salué «{NB}une course d’une grande intelligence{NB}». Il a toutefois ajouté que son leader ferait l’impasse sur la manche de Coxyde pour «{NB}recharger les batteries{NB}» avant les championnats nationaux de janvier.
L’association organisatrice, Veldrit Meulebeke, a annoncé une affluence de 9 000 spectateurs, «{NB}un record malgré la pluie{NB}».
Au classement général du Trophée des Flandres, Declercq reprend la tête avec 12 points d’avance sur Hoogendijk. Prochaine manche le 15 décembre à Ruddervoorde.
Réagir
Suivez DH Les Sports+ sur Facebook""",
    [
        (
            "J’ai cru que mes jambes allaient exploser",
            "Laurens Declercq",
            "Laurens Declercq",
            None,
        ),
        (
            "J’ai cru que mes jambes allaient exploser dans la dernière montée. Franchement, je n’ai jamais autant souffert sur un vélo",
            "Laurens Declercq",
            "le coureur de 26 ans",
            "a confié",
        ),
        (
            "J’ai vu que Sem glissait, alors j’ai foncé",
            "Laurens Declercq",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        (
            "Sur ce terrain-là, il ne faut jamais réfléchir.",
            "Laurens Declercq",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        (
            "Laurens était simplement plus fort aujourd’hui. Moi, j’ai perdu trop de temps dans les passages à pied",
            "Sem Hoogendijk",
            "le Néerlandais",
            "a reconnu",
        ),
        (
            f"Mon père m’a dit ce matin : “Si tu finis dans le top 10, je paie les frites.” Je crois qu’il va devoir payer pour toute l’équipe{NNB}!",
            "Maxime Delvaux",
            "le Namurois",
            "s’amuse",
        ),
        (
            "garder les pieds sur terre",
            "Maxime Delvaux",
            ("il dit vouloir", "il"),
            ("il dit vouloir", "dit"),
        ),
        (
            "Un podium, c’est génial, mais la saison est longue. Je vise le top 5 aux championnats de Belgique, pas plus.",
            "Maxime Delvaux",
            None,
            None,
        ),
        ("une course d’une grande intelligence", "Filip Van Acker", "Filip Van Acker", "a salué"),
        (
            "recharger les batteries",
            "Filip Van Acker",
            ("Il a toutefois", "Il"),
            "a toutefois ajouté",
        ),
        ("un record malgré la pluie", "Veldrit Meulebeke", "Veldrit Meulebeke", "a annoncé"),
    ],
    ["le toboggan"],
)

article(
    "blind27-fr04",
    "fr",
    """Fraude au Club de motoneige des Hauts-Cantons : l’ex-trésorier purgera sa peine dans la collectivité

« Vous avez trahi la confiance de bénévoles », lui reproche la juge

Jean-François Roy
La Tribune
13 février 2025 à 16h02

Un ancien trésorier du Club de motoneige des Hauts-Cantons, Réjean Bolduc, 61 ans, a été condamné jeudi au palais de justice de Sherbrooke à une peine d’emprisonnement de six mois avec sursis, à purger dans la collectivité, pour avoir détourné 84 300 $ des coffres de l’organisme entre 2019 et 2022. Il avait plaidé coupable en novembre à une accusation de fraude de plus de 5000 $.
« Vous avez trahi la confiance de bénévoles qui donnaient leurs fins de semaine pour entretenir des sentiers. C’est ce qui rend votre crime particulièrement odieux », a souligné la juge Marie-Claude Lapointe, de la Cour du Québec, en s’adressant directement à l’accusé.
La magistrate a tenu compte de l’absence d’antécédents judiciaires de M. Bolduc et du fait qu’il a déjà remboursé 31 000 $. Elle lui a aussi imposé 180 heures de travaux communautaires. « Une peine de prison ferme aurait été justifiée, a-t-elle précisé. Mais le remboursement est en cours, et la société n’a rien à gagner à vous voir perdre votre emploi. »
À LIRE AUSSI : Vol de carburant à Magog : deux hommes arrêtés
La poursuite réclamait 12 mois de détention ferme. « Il s’agit d’une fraude planifiée, répétée, qui a duré trois ans », avait fait valoir la procureure aux poursuites criminelles et pénales, Me Karine Bérubé, lors des représentations sur la peine, en janvier.
Jointe par La Tribune après l’audience, Me Bérubé n’a pas voulu dire si elle porterait la décision en appel. « Nous allons prendre le temps d’analyser le jugement », a-t-elle seulement indiqué.
« Mon client a honte »
L’avocat de la défense, Me Patrick Fortier, s’est dit « satisfait » de la décision. « Mon client a honte. Il a commencé à rembourser avant même d’être accusé, et il va continuer », a-t-il déclaré à sa sortie de la salle d’audience.
Invité à s’adresser au tribunal avant le prononcé de la peine, Réjean Bolduc a lu une courte lettre, la voix brisée : « Je n’ai aucune excuse. J’avais des dettes de jeu et j’ai pensé que je pourrais tout remettre avant que quelqu’un s’en rende compte. Je demande pardon aux membres du club. »
Selon les faits relatés au tribunal, l’accusé faisait des virements du compte du club vers une carte de crédit personnelle, qu’il maquillait en « achats de pièces » dans les registres comptables.
Le président actuel du club, Gilles Thibodeau, n’était pas dans la salle. Joint par téléphone, il a qualifié la sentence de « bonbon ». « Nos membres vont trouver ça pas mal doux. On a dû augmenter de 40 $ le prix des droits d’accès aux sentiers pour boucher le trou », a déploré le président.
M. Bolduc devra rembourser le solde de 53 300 $ à raison de 900 $ par mois.
Partager
Signaler une erreur""",
    [
        (
            "Vous avez trahi la confiance de bénévoles",
            "Marie-Claude Lapointe",
            ("lui reproche la juge", "la juge"),
            "reproche",
        ),
        (
            "Vous avez trahi la confiance de bénévoles qui donnaient leurs fins de semaine pour entretenir des sentiers. C’est ce qui rend votre crime particulièrement odieux",
            "Marie-Claude Lapointe",
            "Marie-Claude Lapointe",
            "a souligné",
        ),
        (
            "Une peine de prison ferme aurait été justifiée",
            "Marie-Claude Lapointe",
            ("a-t-elle précisé", "elle"),
            "a-t-elle précisé",
        ),
        (
            "Mais le remboursement est en cours, et la société n’a rien à gagner à vous voir perdre votre emploi.",
            "Marie-Claude Lapointe",
            ("a-t-elle précisé", "elle"),
            "a-t-elle précisé",
        ),
        (
            "Il s’agit d’une fraude planifiée, répétée, qui a duré trois ans",
            "Karine Bérubé",
            "Karine Bérubé",
            "avait fait valoir",
        ),
        (
            "Nous allons prendre le temps d’analyser le jugement",
            "Karine Bérubé",
            ("a-t-elle seulement", "elle"),
            "a-t-elle seulement indiqué",
        ),
        ("Mon client a honte", "Patrick Fortier", None, None),
        ("satisfait", "Patrick Fortier", "Patrick Fortier", "s’est dit"),
        (
            "Mon client a honte. Il a commencé à rembourser avant même d’être accusé, et il va continuer",
            "Patrick Fortier",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Je n’ai aucune excuse. J’avais des dettes de jeu et j’ai pensé que je pourrais tout remettre avant que quelqu’un s’en rende compte. Je demande pardon aux membres du club.",
            "Réjean Bolduc",
            "Réjean Bolduc",
            "a lu",
        ),
        ("bonbon", "Gilles Thibodeau", ("il a qualifié", "il"), "a qualifié"),
        (
            "Nos membres vont trouver ça pas mal doux. On a dû augmenter de 40 $ le prix des droits d’accès aux sentiers pour boucher le trou",
            "Gilles Thibodeau",
            "le président",
            "a déploré",
        ),
    ],
    ["achats de pièces"],
)

article(
    "blind27-fr05",
    "fr",
    """Ngaoundéré : les dialysés de l’Adamaoua à bout de souffle

Faute de kits, le centre d’hémodialyse du CHRA ne fonctionne plus qu’au tiers de sa capacité depuis trois semaines.

Aminatou Bello
19-06-2025 10:15

Ils sont une quarantaine à attendre, certains depuis l’aube, sur les bancs du couloir. Depuis le 28 mai, le centre d’hémodialyse du Centre hospitalier régional de l’Adamaoua (CHRA), à Ngaoundéré, n’assure plus qu’une séance par semaine et par patient, contre trois en temps normal. En cause, une rupture de kits de dialyse que la direction de l’hôpital attribue à « des retards de dédouanement au port de Douala ».
Moussa Haman, 47 ans, enseignant à Meiganga, est dialysé depuis quatre ans. Il raconte :
« Avant, je venais trois fois par semaine. Maintenant, c’est une fois, parfois deux si j’ai de la chance. Mes jambes gonflent, je respire mal la nuit.
« La semaine dernière, un infirmier m’a dit : “Rentre à la maison, il n’y a rien aujourd’hui.” J’avais fait 60 kilomètres pour rien.
« Nous ne demandons pas la charité. Nous demandons seulement de pouvoir vivre. »
LIRE AUSSI : Insuffisance rénale : le dépistage gratuit relancé à Yaoundé
Le Dr Estelle Ngo Mbarga, néphrologue et cheffe du centre, ne cache pas son inquiétude. « Une séance par semaine, c’est largement insuffisant. À ce rythme, nous allons perdre des patients », prévient-elle. Selon la néphrologue, le centre a besoin de « 600 kits par mois » pour fonctionner normalement ; il n’en a reçu que 190 en mai.
Le délégué régional de la Santé publique pour l’Adamaoua, Dr Ibrahim Sali Bouba, se veut rassurant. Il assure qu’« un lot de 1 200 kits a quitté Douala lundi » et sera à Ngaoundéré « d’ici la fin de la semaine ». « La hiérarchie a pris toutes les dispositions. Aucun patient ne sera abandonné », a-t-il martelé au cours d’une réunion de crise mardi.
Dans un communiqué signé le même jour, le ministère de la Santé publique rappelle que « la gratuité des séances d’hémodialyse demeure en vigueur sur l’ensemble du territoire national ».
Sur le terrain, la réalité semble plus nuancée. Un infirmier du service, sous couvert d’anonymat, affirme que les familles doivent parfois acheter elles-mêmes certains consommables. « Les aiguilles, les compresses, le désinfectant, c’est souvent la famille qui paie », confie-t-il.
L’Association des insuffisants rénaux de l’Adamaoua (AIRA) réclame de son côté l’ouverture d’une seconde unité à Meiganga, promise depuis des années. « Nous l’attendons depuis 2019. Combien de morts faudra-t-il ? » interroge l’association dans une lettre adressée au gouverneur de la région. Le slogan de la campagne nationale de sensibilisation, « Vos reins, votre vie », sonne creux à Ngaoundéré.
Publicité""",
    [
        (
            "des retards de dédouanement au port de Douala",
            "Centre hospitalier régional de l’Adamaoua",
            "la direction de l’hôpital",
            "attribue",
        ),
        (
            "Avant, je venais trois fois par semaine. Maintenant, c’est une fois, parfois deux si j’ai de la chance. Mes jambes gonflent, je respire mal la nuit.",
            "Moussa Haman",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "La semaine dernière, un infirmier m’a dit : “Rentre à la maison, il n’y a rien aujourd’hui.” J’avais fait 60 kilomètres pour rien.",
            "Moussa Haman",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Nous ne demandons pas la charité. Nous demandons seulement de pouvoir vivre.",
            "Moussa Haman",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Une séance par semaine, c’est largement insuffisant. À ce rythme, nous allons perdre des patients",
            "Estelle Ngo Mbarga",
            ("prévient-elle", "elle"),
            "prévient",
        ),
        ("600 kits par mois", "Estelle Ngo Mbarga", "la néphrologue", "Selon"),
        (
            "un lot de 1 200 kits a quitté Douala lundi",
            "Ibrahim Sali Bouba",
            ("Il assure", "Il"),
            "assure",
        ),
        ("d’ici la fin de la semaine", "Ibrahim Sali Bouba", ("Il assure", "Il"), "assure"),
        (
            "La hiérarchie a pris toutes les dispositions. Aucun patient ne sera abandonné",
            "Ibrahim Sali Bouba",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "la gratuité des séances d’hémodialyse demeure en vigueur sur l’ensemble du territoire national",
            "ministère de la Santé publique",
            "le ministère de la Santé publique",
            "rappelle",
        ),
        (
            "Les aiguilles, les compresses, le désinfectant, c’est souvent la famille qui paie",
            "infirmier",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "Nous l’attendons depuis 2019. Combien de morts faudra-t-il ?",
            "Association des insuffisants rénaux de l’Adamaoua",
            "l’association",
            "interroge",
        ),
    ],
    ["Vos reins, votre vie"],
)

article(
    "blind27-fr06",
    "fr",
    f"""Blanchissement des coraux : le lagon Sud en alerte

Près de 40{NNB}% des colonies observées sur le récif de la Passe-aux-Tortues ont blanchi depuis janvier. Les scientifiques parlent d’un épisode «{NNB}sans précédent{NNB}» en Nouvelle-Calédonie.

Par Marion Tessier | Publié le 05/03/2025 à 06h00

La température de l’eau n’est pas redescendue sous les 29{NNB}°C depuis six semaines. Vendredi, les plongeurs de l’Institut océanien des récifs (IOR) ont achevé leur troisième campagne de suivi sur les récifs du lagon Sud, entre Nouméa et l’île Ouen. Leur constat est sans appel.
«{NNB}Sur certaines stations, c’est un tapis blanc. On estime que 38{NNB}% des colonies ont blanchi, et une partie ne s’en remettra pas{NNB}», résume Claire Dumortier, biologiste marine à l’IOR, qui coordonne le suivi depuis 2016.
© Photo IOR / Claire Dumortier
Trois questions à Claire Dumortier
Ce blanchissement est-il réversible{NNB}?
En partie. Si l’eau refroidit dans les semaines qui viennent, une partie des coraux peut récupérer les algues qui les nourrissent. Sinon, ils meurent, et le récif met des années, parfois des décennies, à se reconstituer.
Qu’observez-vous sur le terrain{NNB}?
Les poissons-perroquets ont quitté les zones les plus touchées. Les pêcheurs de l’île Ouen nous disent «{NNB}le poisson est parti au large{NNB}», et ils ont raison. On voit aussi beaucoup d’algues filamenteuses s’installer sur les coraux morts.
Que peut-on faire{NNB}?
Localement, réduire les pressions{NNB}: la pêche, les sédiments, les ancres. Mais la cause, c’est le réchauffement global. Ça, ça ne se règle pas à Nouméa.
Lire aussi{NNB}: Sécheresse{NNB}: les restrictions d’eau prolongées à Bourail
La province Sud a annoncé lundi la fermeture temporaire de deux sites de plongée très fréquentés, la Faille-Bleue et le Jardin-de-Corail, jusqu’à la fin avril. «{NNB}Nous ne pouvons pas attendre que le récif meure pour agir{NNB}», a déclaré l’élue chargée de l’environnement, Sonia Hnawia, lors d’une conférence de presse à l’hôtel de la province.
Une décision accueillie avec résignation par les professionnels. «{NNB}On a perdu la moitié de nos réservations en une semaine. Les clients voient les photos sur Facebook et ils annulent{NNB}», soupire Franck Leborgne, gérant d’un club de plongée à l’Anse-Vata. M. Leborgne dit pourtant soutenir la fermeture des sites, «{NNB}même si ça fait mal au portefeuille{NNB}».
À la tribu de Kwa-Néné, sur la côte sud, les anciens ont vu le lagon changer. «{NNB}Mon grand-père disait que quand le corail devient blanc, la mer est malade. Aujourd’hui, elle est très malade{NNB}», raconte Joseph Naouna, pêcheur depuis quarante ans.
Dans un communiqué, l’association Corail vivant réclame un «{NNB}plan d’urgence pour le lagon{NNB}» et rappelle que le site est inscrit au patrimoine mondial depuis 2008. «{NNB}L’inaction climatique se paie ici, dans notre lagon{NNB}», dénonce l’association.
Abonnez-vous à partir de 1 000 F par mois""",
    [
        ("sans précédent", "scientifiques", "Les scientifiques", "parlent"),
        (
            "Sur certaines stations, c’est un tapis blanc. On estime que 38\u202f% des colonies ont blanchi, et une partie ne s’en remettra pas",
            "Claire Dumortier",
            "Claire Dumortier",
            "résume",
        ),
        ("le poisson est parti au large", "pêcheurs", "Les pêcheurs de l’île Ouen", "disent"),
        (
            "Nous ne pouvons pas attendre que le récif meure pour agir",
            "Sonia Hnawia",
            "Sonia Hnawia",
            "a déclaré",
        ),
        (
            "On a perdu la moitié de nos réservations en une semaine. Les clients voient les photos sur Facebook et ils annulent",
            "Franck Leborgne",
            "Franck Leborgne",
            "soupire",
        ),
        (
            "même si ça fait mal au portefeuille",
            "Franck Leborgne",
            "M. Leborgne",
            ("Leborgne dit", "dit"),
        ),
        (
            "Mon grand-père disait que quand le corail devient blanc, la mer est malade. Aujourd’hui, elle est très malade",
            "Joseph Naouna",
            "Joseph Naouna",
            "raconte",
        ),
        ("plan d’urgence pour le lagon", "Corail vivant", "l’association Corail vivant", "réclame"),
        (
            "L’inaction climatique se paie ici, dans notre lagon",
            "Corail vivant",
            ("dénonce l’association", "l’association"),
            "dénonce",
        ),
    ],
)

article(
    "blind27-fr07",
    "fr",
    f"""Prix des Lisières : le jury démissionne en bloc, la fondation «{NB}prend acte{NB}»

Les sept jurés dénoncent l’arrivée imposée d’un représentant du mécène dans leurs délibérations. Le prix, qui distingue un premier roman publié par un éditeur indépendant, devait être remis le 12 novembre.

Par Anne-Laure Chauvet
Publié le 21 octobre 2024 à 11h30

Coup de tonnerre dans la saison des prix. Les sept membres du jury du prix des Lisières, qui récompense depuis 1998 un premier roman paru chez un éditeur indépendant, ont annoncé samedi leur démission collective, à trois semaines de la proclamation du lauréat. En cause, selon eux, la décision de la Fondation Armand-Ferrière, qui finance le prix à hauteur de 15 000 euros, d’imposer un huitième juré issu de son conseil d’administration.
Dans une lettre ouverte transmise à Livres Hebdo, les jurés dénoncent «{NB}une ingérence incompatible avec l’indépendance qui fait, depuis vingt-six ans, la réputation du prix{NB}». «{NB}Nous ne serons pas les figurants d’un palmarès décidé ailleurs{NB}», écrivent-ils.
La présidente du jury, la romancière Geneviève Oudin-Rossi, dit avoir été mise devant le fait accompli lors d’une réunion le 2 octobre. «{NB}On nous a présenté la chose comme une formalité, explique-t-elle. Mais un juré qui représente le financeur, ce n’est pas une formalité, c’est un contrôle.{NB}» Elle se souvient de la réponse qui lui a été faite ce jour-là : «{NB}Quand on m’a dit “ce sera un simple observateur, mais il votera”, j’ai compris que tout était déjà décidé.{NB}»
Selon l’autrice, la fondation avait déjà «{NB}fait part de ses réserves{NB}» l’an dernier sur le choix de «{NB}La Nuit des vergers{NB}», de Samia Ferhat, un roman jugé «{NB}trop sombre{NB}» par certains administrateurs.
Lire aussi : Rentrée littéraire : 459 romans, un chiffre en baisse
« Une voix sur huit »
Dans un communiqué publié dimanche, la Fondation Armand-Ferrière dit «{NB}prendre acte{NB}» de cette démission, qu’elle juge «{NB}précipitée{NB}». «{NB}Il n’a jamais été question d’influencer le vote. Notre administrateur n’aurait eu qu’une voix sur huit{NB}», fait valoir son délégué général, Bertrand Lhoste-Mercadier, joint par téléphone.
«{NB}Le prix des Lisières existera l’an prochain, avec un nouveau jury. Nous avons déjà reçu plusieurs candidatures.{NB}»
Les éditeurs en lice sont les premiers pénalisés. La première sélection, dévoilée en septembre, comptait six titres, dont «{NB}Les Saisons sèches{NB}» (éditions du Grand Chemin) et «{NB}Rive morte{NB}» (Le Lampion). «{NB}Pour nous, ce prix, c’était 3 000 exemplaires de plus. Là, on ne sait même pas s’il sera décerné{NB}», regrette Hugo Carrel, fondateur des éditions du Grand Chemin.
Un juré démissionnaire, qui souhaite rester anonyme, glisse que le différend couvait «{NB}depuis le changement de direction à la fondation{NB}», au printemps. Le conseil d’administration de la fondation doit se réunir le 4 novembre.
Newsletter Livres Hebdo : l’actualité du livre chaque matin dans votre boîte mail. Je m’inscris""",
    [
        ("prend acte", "Fondation Armand-Ferrière", "la fondation", None),
        (
            "une ingérence incompatible avec l’indépendance qui fait, depuis vingt-six ans, la réputation du prix",
            "jurés",
            "les jurés",
            "dénoncent",
        ),
        (
            "Nous ne serons pas les figurants d’un palmarès décidé ailleurs",
            "jurés",
            ("écrivent-ils", "ils"),
            "écrivent",
        ),
        (
            "On nous a présenté la chose comme une formalité",
            "Geneviève Oudin-Rossi",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Mais un juré qui représente le financeur, ce n’est pas une formalité, c’est un contrôle.",
            "Geneviève Oudin-Rossi",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Quand on m’a dit “ce sera un simple observateur, mais il votera”, j’ai compris que tout était déjà décidé.",
            "Geneviève Oudin-Rossi",
            ("Elle se souvient", "Elle"),
            "se souvient",
        ),
        ("fait part de ses réserves", "Geneviève Oudin-Rossi", "l’autrice", "Selon"),
        ("trop sombre", "administrateurs", "certains administrateurs", "jugé"),
        ("Une voix sur huit", "Bertrand Lhoste-Mercadier", None, None),
        (
            "prendre acte",
            "Fondation Armand-Ferrière",
            "la Fondation Armand-Ferrière",
            ("Armand-Ferrière dit", "dit"),
        ),
        ("précipitée", "Fondation Armand-Ferrière", ("qu’elle juge", "elle"), "juge"),
        (
            "Il n’a jamais été question d’influencer le vote. Notre administrateur n’aurait eu qu’une voix sur huit",
            "Bertrand Lhoste-Mercadier",
            "Bertrand Lhoste-Mercadier",
            "fait valoir",
        ),
        (
            "Le prix des Lisières existera l’an prochain, avec un nouveau jury. Nous avons déjà reçu plusieurs candidatures.",
            "Bertrand Lhoste-Mercadier",
            None,
            None,
        ),
        (
            "Pour nous, ce prix, c’était 3 000 exemplaires de plus. Là, on ne sait même pas s’il sera décerné",
            "Hugo Carrel",
            "Hugo Carrel",
            "regrette",
        ),
        (
            "depuis le changement de direction à la fondation",
            "juré",
            "Un juré démissionnaire",
            "glisse",
        ),
    ],
    ["La Nuit des vergers", "Les Saisons sèches", "Rive morte"],
)

article(
    "blind27-fr08",
    "fr",
    """Câblage automobile: Atlas Câblage Systèmes va supprimer 640 postes à Tanger

Le sous-traitant perd un programme majeur du constructeur allemand Vessler. Les syndicats dénoncent un «plan social déguisé»

Par Karim Bennani | Edition N°:7142 Le 22/05/2025

Coup dur pour la plateforme industrielle de Tanger. Atlas Câblage Systèmes (ACS), filiale marocaine du groupe portugais Norcabo, a présenté mardi à ses représentants du personnel un plan de réduction d'effectifs portant sur 640 postes, soit près du quart de ses 2.700 salariés. L'usine, installée depuis 2013 dans la zone franche de Tanger Automotive City, produit des faisceaux de câbles pour plusieurs constructeurs européens.
“La perte du programme VX-40 nous oblige à adapter notre capacité de production à un volume en recul de 30% dès le second semestre”, indique la direction dans une note interne que L'Economiste a pu consulter.
Contacté, le directeur général du site, Youssef El Alami, confirme le chiffre. «Nous avons tout fait pour garder ce contrat. Le client a choisi de rapprocher une partie de sa production de ses usines d'Europe de l'Est», explique-t-il. Il assure que l'entreprise privilégiera «les départs volontaires et le non-renouvellement des contrats temporaires».
Les syndicats ne l'entendent pas de cette oreille. “On nous parle de départs volontaires. Mais quand on vous propose trois mois de salaire ou rien, ce n'est pas volontaire. C'est un plan social déguisé”, s'insurge Najat Bouzidi, secrétaire générale du Syndicat autonome des travailleurs de la zone franche (SATZF). Le SATZF appelle à un sit-in jeudi devant le siège de la wilaya, sous le mot d'ordre «Notre travail n'est pas une variable d'ajustement».
Lire aussi | Automobile: les exportations du secteur en hausse de 8% au premier trimestre
Devant l'usine, mardi soir, les opératrices sortaient par petits groupes, le badge encore autour du cou. Fatima Zahra, 29 ans, dont six passés sur les lignes d'assemblage, raconte: «Je fais vivre ma mère et mes deux petits frères. Si je perds ce travail, on rentre au bled, à Ksar El Kébir. Il n'y a rien là-bas.»
L'Association marocaine des équipementiers automobiles (AMEA) relativise. «Le secteur reste créateur net d'emplois. Un contrat perdu ne fait pas une crise», estime l'association dans une réaction écrite, rappelant que la filière a créé plus de 11.000 postes l'an dernier.
Au ministère de l'Industrie, on suit le dossier «de très près», selon une source proche du cabinet, qui évoque des discussions avec d'autres donneurs d'ordre pour «reprendre une partie des lignes» d'ici la fin de l'année.
Pour l'économiste Mehdi Tounsi, enseignant-chercheur à l'Ecole supérieure de commerce et de gestion de Tanger, l'épisode révèle «la dépendance de la filière à une poignée de grands donneurs d'ordre». “Le Maroc a gagné la bataille du coût. Il doit maintenant gagner celle de la valeur ajoutée”, ajoute-t-il.
Partager sur : Facebook | X | LinkedIn""",
    [
        ("plan social déguisé", "syndicats", "Les syndicats", "dénoncent"),
        (
            "La perte du programme VX-40 nous oblige à adapter notre capacité de production à un volume en recul de 30% dès le second semestre",
            "Atlas Câblage Systèmes",
            "la direction",
            "indique",
        ),
        (
            "Nous avons tout fait pour garder ce contrat. Le client a choisi de rapprocher une partie de sa production de ses usines d'Europe de l'Est",
            "Youssef El Alami",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "les départs volontaires et le non-renouvellement des contrats temporaires",
            "Youssef El Alami",
            ("Il assure", "Il"),
            "assure",
        ),
        (
            "On nous parle de départs volontaires. Mais quand on vous propose trois mois de salaire ou rien, ce n'est pas volontaire. C'est un plan social déguisé",
            "Najat Bouzidi",
            "Najat Bouzidi",
            "s'insurge",
        ),
        (
            "Je fais vivre ma mère et mes deux petits frères. Si je perds ce travail, on rentre au bled, à Ksar El Kébir. Il n'y a rien là-bas.",
            "Fatima Zahra",
            "Fatima Zahra",
            "raconte",
        ),
        (
            "Le secteur reste créateur net d'emplois. Un contrat perdu ne fait pas une crise",
            "Association marocaine des équipementiers automobiles",
            "l'association",
            "estime",
        ),
        ("de très près", "source", "une source proche du cabinet", "selon"),
        ("reprendre une partie des lignes", "source", "une source proche du cabinet", "évoque"),
        (
            "la dépendance de la filière à une poignée de grands donneurs d'ordre",
            "Mehdi Tounsi",
            "Mehdi Tounsi",
            "Pour",
        ),
        (
            "Le Maroc a gagné la bataille du coût. Il doit maintenant gagner celle de la valeur ajoutée",
            "Mehdi Tounsi",
            ("ajoute-t-il", "il"),
            "ajoute",
        ),
    ],
    ["Notre travail n'est pas une variable d'ajustement"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind27_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
