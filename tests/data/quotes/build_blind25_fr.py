# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind25_fr.jsonl: a twenty-fifth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a smartphone ban in secondary schools
(La Libre Belgique: a headline quote with a title-only cue, an explanatory memorandum quoted
without a speaker, a teachers' union with a short name in brackets, an interrupted quote, a
campaign slogan), a fatal rooming-house fire in a Mauricie town (TVA Nouvelles: unpadded marks,
a tenant's testimony with a nested “ ” cry, unnamed neighbours, a mayor's written statement, a
relief organisation), a ban on gas leaf blowers (Le Soleil, Québec: a landscapers' association
with a short name in brackets, the mayor by title only, a citizens' collective's name), rogue
tow-truck operators (Le Journal de Montréal, Bureau d'enquête: a headline quote, a nested “ ”
threat, a regulator's e-mail, an anonymous patroller, a press attachée), a night-shift strike
notice at a cargo airline (Le Quotidien, Luxembourg: a company communiqué, the minister by title,
an anonymous pilot, a Luxembourgish banner slogan and its translation), a doping case at a
cow-fighting final (Le Nouvelliste, Valais: Swiss unpadded marks, cows' names and the
newspaper's name in marks, an association's communiqué, an interrupted quote, an anonymous
breeder), a sailor who survived 70 hours in her capsized trimaran (Paris Match: a headline
quote after the speaker's name and a colon, a multi-paragraph testimony with a nested “ ”
quote, a Q&A whose unmarked answers are not listed, a quote after d'«) and an amateur handball
club denied promotion for want of a high enough gym (Le Républicain lorrain: a league's letter,
an interrupted quote, the mayor by title, “ ” marks once, a supporters' banner). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind25_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind25-fr01",
    "fr",
    f"""Smartphones interdits dans le secondaire : «{NB}Une mesure de bon sens{NB}», selon la ministre

Le projet de décret sera soumis au Parlement en mai. Les directions d’école réclament des moyens pour l’appliquer.

Belgique · Enseignement
Publié le 14-03-2025 à 06h45 - Mis à jour le 14-03-2025 à 09h12
Sophie Wauters

Dès la rentrée de septembre, les élèves du secondaire de la Fédération Wallonie-Bruxelles ne pourront plus utiliser leur téléphone portable pendant les heures de cours, ni dans la cour de récréation. Le projet de décret, adopté jeudi en première lecture par le gouvernement, sera soumis au Parlement au mois de mai.
«{NB}C’est une mesure de bon sens, que de nombreux parents attendaient depuis longtemps{NB}», a déclaré jeudi la ministre de l’Éducation, Valérie Dethier, lors d’une conférence de presse à Bruxelles. «{NB}Nous ne faisons pas la guerre aux écrans. Nous rendons simplement aux élèves quelques heures de concentration par jour.{NB}»
L’exposé des motifs, que La Libre a pu consulter, évoque «{NB}une dégradation documentée du climat scolaire{NB}» et cite plusieurs études sur le cyberharcèlement. Les appareils devront être éteints et rangés dès l’entrée dans l’établissement, sauf usage pédagogique encadré par un enseignant.
«{NB}Les écoles qui ont déjà franchi le pas, a souligné Mme Dethier, constatent moins de harcèlement et des récréations plus animées.{NB}» Une vingtaine d’établissements testent l’interdiction depuis deux ans, notamment dans le Brabant wallon.
© Belga / Illustration
Partager sur Facebook Partager sur X Copier le lien
Sur le terrain, l’accueil est plus nuancé. «{NB}Sur le principe, nous sommes d’accord. Mais qui va confisquer les téléphones ? Où va-t-on les garder ? Qui sera responsable s’ils disparaissent ?{NB}», s’interroge Marc Lemmens, président de la Fédération des directeurs du secondaire libre.
Le Syndicat des enseignants indépendants (SEI) se montre plus critique encore. Dans un communiqué publié jeudi après-midi, le SEI dénonce «{NB}une annonce de communication, sans un euro pour les écoles{NB}» et rappelle que les casiers individuels font défaut dans la plupart des bâtiments.
Lire aussi > Harcèlement en ligne : un élève sur cinq concerné en Wallonie
Dans l’opposition, la députée Nora Benhamou regrette «{NB}une interdiction qui fait l’impasse sur l’éducation aux médias{NB}». Elle plaide pour un cours dédié dès la première secondaire et annonce le dépôt d’amendements en commission.
Devant un athénée namurois, les élèves rencontrés jeudi midi haussaient surtout les épaules. «Franchement, on trouvera des moyens de contourner. Mais bon, ça ne me dérange pas de souffler un peu», sourit Inès, 16 ans, en cinquième secondaire. Son camarade Arthur est moins enthousiaste : il utilise son téléphone pour les horaires de bus et pour prévenir ses parents.
Le gouvernement accompagnera la mesure d’une campagne intitulée «{NB}Déconnecte pour mieux te connecter{NB}», diffusée dans les écoles et sur les réseaux sociaux à partir de juin. Un budget de 1,2 million d’euros est prévu pour l’achat de casiers, une somme jugée dérisoire par les directions.
Recevez chaque matin l’essentiel de l’actualité belge avec la newsletter de La Libre. Je m’inscris""",
    [
        ("Une mesure de bon sens", "Valérie Dethier", "la ministre", "selon"),
        (
            "C’est une mesure de bon sens, que de nombreux parents attendaient depuis longtemps",
            "Valérie Dethier",
            "Valérie Dethier",
            "a déclaré",
        ),
        (
            "Nous ne faisons pas la guerre aux écrans. Nous rendons simplement aux élèves quelques heures de concentration par jour.",
            "Valérie Dethier",
            "Valérie Dethier",
            "a déclaré",
        ),
        ("une dégradation documentée du climat scolaire", None, None, "évoque"),
        ("Les écoles qui ont déjà franchi le pas", "Valérie Dethier", "Mme Dethier", "a souligné"),
        (
            "constatent moins de harcèlement et des récréations plus animées.",
            "Valérie Dethier",
            "Mme Dethier",
            "a souligné",
        ),
        (
            "Sur le principe, nous sommes d’accord. Mais qui va confisquer les téléphones ? Où va-t-on les garder ? Qui sera responsable s’ils disparaissent ?",
            "Marc Lemmens",
            "Marc Lemmens",
            "s’interroge",
        ),
        (
            "une annonce de communication, sans un euro pour les écoles",
            "Syndicat des enseignants indépendants",
            "le SEI",
            "dénonce",
        ),
        (
            "une interdiction qui fait l’impasse sur l’éducation aux médias",
            "Nora Benhamou",
            "Nora Benhamou",
            "regrette",
        ),
        (
            "Franchement, on trouvera des moyens de contourner. Mais bon, ça ne me dérange pas de souffler un peu",
            "Inès",
            "Inès",
            "sourit",
        ),
    ],
    ["Déconnecte pour mieux te connecter"],
)

article(
    "blind25-fr02",
    "fr",
    """Incendie mortel dans une maison de chambres à Val-Saint-Ours

Un homme dans la soixantaine a perdu la vie et une douzaine de locataires se retrouvent à la rue

Marie-Ève Gagnon | Agence QMI
Publié le 9 février 2025 à 07:58 | Mis à jour le 9 février 2025 à 11:20

Un homme dans la soixantaine a perdu la vie et une douzaine de locataires se retrouvent à la rue après l’incendie qui a ravagé une maison de chambres du centre-ville de Val-Saint-Ours, en Mauricie, tôt dimanche matin.
L’alerte a été donnée vers 3 h 40. À leur arrivée, les pompiers ont trouvé le bâtiment de trois étages «complètement embrasé», a indiqué le directeur du Service de sécurité incendie de Val-Saint-Ours, Stéphane Bolduc.
«On a fait trois sauvetages par les fenêtres du deuxième. Malheureusement, une victime a été retrouvée à l’intérieur lors de la recherche primaire», a-t-il précisé en point de presse, vers 8 h.
À VOIR AUSSI | Les images de l’incendie captées par un voisin
La Régie intermunicipale de police des Chenaux a pris l’enquête en charge et le bureau du coroner a été avisé. «Pour l’instant, rien ne laisse croire à un incendie d’origine criminelle, mais aucune hypothèse n’est écartée», a mentionné la sergente Julie Pépin, porte-parole du corps policier. Des techniciens en identité judiciaire étaient toujours sur place en fin de matinée.
Rencontré devant les décombres encore fumants, un locataire du deuxième étage, Réjean Lafontaine, raconte avoir été réveillé par l’odeur de la fumée. «J’ai entendu mon voisin crier “Au feu! Au feu!” pis j’ai sauté dans mes bottes. J’ai même pas eu le temps de prendre mes pilules», confie-t-il, une couverture sur les épaules.
L’homme de 71 ans habitait l’immeuble depuis neuf ans. Il dit avoir signalé à plusieurs reprises des fils électriques dénudés dans le corridor.
Selon des voisins, la victime était «un gars tranquille, qui rendait service à tout le monde». Son identité n’avait pas été dévoilée dimanche midi, le temps que sa famille soit prévenue.
Dans une déclaration écrite, la mairesse de Val-Saint-Ours, Lyne Beaudoin, a offert ses condoléances aux proches de la victime. «Notre priorité, c’est de reloger tout le monde dès ce soir. La Ville assumera les frais des premières nuits», a-t-elle écrit.
L’organisme Entraide Chenaux a ouvert un centre d’accueil au sous-sol de l’église Saint-Joseph. «Les sinistrés ont reçu des vêtements, des bons de repas et un hébergement temporaire», a fait savoir l’organisme en après-midi.
Le propriétaire de l’immeuble n’avait pas rappelé TVA Nouvelles au moment d’écrire ces lignes.
Vous avez un scoop à nous transmettre? Écrivez-nous ou appelez-nous en toute confidentialité.
Pour ne rien manquer de l’actualité régionale, abonnez-vous à notre infolettre.""",
    [
        ("complètement embrasé", "Stéphane Bolduc", "Stéphane Bolduc", "a indiqué"),
        (
            "On a fait trois sauvetages par les fenêtres du deuxième. Malheureusement, une victime a été retrouvée à l’intérieur lors de la recherche primaire",
            "Stéphane Bolduc",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "Pour l’instant, rien ne laisse croire à un incendie d’origine criminelle, mais aucune hypothèse n’est écartée",
            "Julie Pépin",
            "Julie Pépin",
            "a mentionné",
        ),
        (
            "J’ai entendu mon voisin crier “Au feu! Au feu!” pis j’ai sauté dans mes bottes. J’ai même pas eu le temps de prendre mes pilules",
            "Réjean Lafontaine",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "un gars tranquille, qui rendait service à tout le monde",
            "voisins",
            "des voisins",
            "Selon",
        ),
        (
            "Notre priorité, c’est de reloger tout le monde dès ce soir. La Ville assumera les frais des premières nuits",
            "Lyne Beaudoin",
            ("a-t-elle écrit", "elle"),
            "a-t-elle écrit",
        ),
        (
            "Les sinistrés ont reçu des vêtements, des bons de repas et un hébergement temporaire",
            "Entraide Chenaux",
            "l’organisme",
            "a fait savoir",
        ),
    ],
)

article(
    "blind25-fr03",
    "fr",
    f"""Souffleuses à feuilles à essence: Québec va de l’avant avec l’interdiction

Les paysagistes réclament une période de transition plus longue

Jean-François Tremblay
Le Soleil
9 avril 2025 à 17h32

PHOTO LE SOLEIL, CAROLINE GRENIER

Les souffleuses à feuilles à essence seront bannies du territoire de la ville de Québec à compter du 1er avril 2027. Le comité exécutif a adopté mercredi le projet de règlement, qui sera soumis au vote du conseil municipal le 6 mai.
«{NNB}Le bruit, c’est une question de santé publique, pas un caprice de quelques citoyens{NNB}», a plaidé la conseillère responsable de l’environnement, Annie Gosselin, en présentant le règlement à l’hôtel de ville. «{NNB}On reçoit des plaintes chaque automne. Des centaines.{NNB}»
Le maire Denis Cloutier a pour sa part défendu une mesure «{NNB}attendue{NNB}» par une majorité de résidents. «{NNB}Montréal l’a fait, Laval l’a fait. Québec ne sera pas la dernière ville à bouger{NNB}», a-t-il lancé devant les journalistes.
Les appareils électriques à batterie resteront permis, mais seulement de 8h à 19h en semaine et de 9h à 17h la fin de semaine. Selon le maire, les contrevenants s’exposeront à des amendes «{NNB}de 500$ à 2000${NNB}» pour les entreprises.
À lire aussi
Bruit en ville: un premier bilan des plaintes à Sainte-Foy
Du côté des entreprises, on grince des dents. L’Association des paysagistes de la Capitale-Nationale (APCN), qui regroupe quelque 140 membres, estime que ses entreprises devront remplacer plus de 600 machines en moins de deux ans.
«On n’est pas contre le principe, mais les batteries ne tiennent pas une journée complète. Qui va payer les nouvelles machines? Pas la Ville, en tout cas», demande son président, Mario Vachon, propriétaire d’une entreprise d’entretien à Charlesbourg.
Dans un communiqué diffusé en fin de journée, l’APCN réclame «{NNB}une période de transition d’au moins cinq ans{NNB}» et un programme de subvention à l’achat.
Le chef de l’opposition, Patrick Sirois, de l’Alliance citoyenne de Québec, a dénoncé «{NNB}une autre interdiction mal ficelée{NNB}». «{NNB}L’administration gouverne à coups de règlements, sans jamais consulter ceux qui vont vivre avec{NNB}», a ajouté M. Sirois en marge de la séance.
Dans le quartier Montcalm, Hélène Paradis accueille la nouvelle avec soulagement. La retraitée a fondé il y a trois ans le collectif «Automne tranquille», qui a recueilli plus de 4000 signatures.
«Ça fait trois ans qu’on se bat. Le samedi matin, d’octobre à novembre, on ne s’entend plus parler dans la cour», dit-elle. Elle admet toutefois que l’échéance de 2027 lui paraît «bien loin».
Le règlement prévoit aussi l’interdiction des tondeuses à essence dans les parcs municipaux dès 2026. La Ville doit dévoiler d’ici l’été un programme de remise en argent pour les particuliers qui remplacent leur appareil.""",
    [
        (
            "Le bruit, c’est une question de santé publique, pas un caprice de quelques citoyens",
            "Annie Gosselin",
            "Annie Gosselin",
            "a plaidé",
        ),
        (
            "On reçoit des plaintes chaque automne. Des centaines.",
            "Annie Gosselin",
            "Annie Gosselin",
            "a plaidé",
        ),
        ("attendue", "Denis Cloutier", "Denis Cloutier", "a pour sa part défendu"),
        (
            "Montréal l’a fait, Laval l’a fait. Québec ne sera pas la dernière ville à bouger",
            "Denis Cloutier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("de 500$ à 2000$", "Denis Cloutier", "le maire", "Selon"),
        (
            "On n’est pas contre le principe, mais les batteries ne tiennent pas une journée complète. Qui va payer les nouvelles machines? Pas la Ville, en tout cas",
            "Mario Vachon",
            "Mario Vachon",
            "demande",
        ),
        (
            "une période de transition d’au moins cinq ans",
            "Association des paysagistes de la Capitale-Nationale",
            "l’APCN",
            "réclame",
        ),
        ("une autre interdiction mal ficelée", "Patrick Sirois", "Patrick Sirois", "a dénoncé"),
        (
            "L’administration gouverne à coups de règlements, sans jamais consulter ceux qui vont vivre avec",
            "Patrick Sirois",
            "M. Sirois",
            "a ajouté",
        ),
        (
            "Ça fait trois ans qu’on se bat. Le samedi matin, d’octobre à novembre, on ne s’entend plus parler dans la cour",
            "Hélène Paradis",
            ("dit-elle", "elle"),
            "dit",
        ),
        ("bien loin", "Hélène Paradis", "Elle", "admet"),
    ],
    ["Automne tranquille"],
)

article(
    "blind25-fr04",
    "fr",
    """« Ils m'ont demandé 1800 $ pour 4 km » : des remorqueurs sans scrupules sévissent sur l'autoroute 40

Hugo Lavoie | Bureau d'enquête
Publié le 22 janvier 2025 à 05:00

Des automobilistes en panne sur l'autoroute 40, dans l'est de Montréal, se font remorquer à prix d'or par des entreprises qui surgissent en quelques minutes, parfois avant même l'arrivée des policiers, a constaté notre Bureau d'enquête.
Le 3 décembre dernier, la voiture de Karine Ouellet s'est immobilisée sur l'accotement, à la hauteur de l'échangeur Anjou. Moins de cinq minutes plus tard, une dépanneuse s'arrêtait derrière elle.
« Ils m'ont demandé 1800 $ pour 4 km. J'étais en état de choc », raconte Karine Ouellet, une infirmière de Repentigny de 38 ans. Le conducteur lui a fait signer une feuille sur une tablette, sans lui montrer les tarifs.
« Le gars m'a dit : “Si tu paies pas, ton char reste dans ma cour pis c'est 150 $ par jour” », ajoute-t-elle.
Mme Ouellet a finalement payé 900 $, après l'intervention d'un patrouilleur. « J'ai appris ma leçon. La prochaine fois, j'appelle mon assurance avant de parler à qui que ce soit », lâche Mme Ouellet.
Selon des factures obtenues par notre Bureau d'enquête, au moins neuf automobilistes ont vécu une situation semblable depuis l'automne avec la même entreprise, Remorquage Express Boréal, immatriculée à Laval.
Joint par téléphone, le propriétaire de l'entreprise, Sylvain Demers, nie tout abus. « On charge le prix du marché. Les clients signent avant qu'on touche au véhicule », a-t-il soutenu, avant de raccrocher.
Un patrouilleur d'expérience, qui a requis l'anonymat parce qu'il n'est pas autorisé à parler aux médias, décrit « une véritable guerre de territoire » entre remorqueurs. « Ils écoutent nos fréquences radio. Parfois, ils sont là avant nous », affirme-t-il.
VOUS AVEZ DE L'INFORMATION SUR CE SUJET ? Écrivez-nous en toute confidentialité.
Le Bureau de surveillance du remorquage (BSR), l'organisme chargé d'encadrer l'industrie, affirme avoir reçu plus de 200 plaintes en 2024, trois fois plus qu'en 2021. « Des enquêtes sont en cours et des constats d'infraction ont été remis », a indiqué par courriel le BSR, sans préciser le nombre ni les entreprises visées.
Au cabinet du ministre des Transports, l'attachée de presse Camille Fortin assure que le dossier est « pris très au sérieux ». Un projet de règlement imposant l'affichage des tarifs dans chaque dépanneuse doit être publié « d'ici l'été », a-t-elle précisé.
TROIS CONSEILS SI VOUS ÊTES EN PANNE
Restez dans votre véhicule, ceinture bouclée, et activez vos feux de détresse.
Appelez votre assureur ou votre club automobile avant d'accepter un remorquage.
Ne signez rien sans avoir vu le tarif écrit.""",
    [
        ("Ils m'ont demandé 1800 $ pour 4 km", "Karine Ouellet", None, None),
        (
            "Ils m'ont demandé 1800 $ pour 4 km. J'étais en état de choc",
            "Karine Ouellet",
            "Karine Ouellet",
            "raconte",
        ),
        (
            "Le gars m'a dit : “Si tu paies pas, ton char reste dans ma cour pis c'est 150 $ par jour”",
            "Karine Ouellet",
            ("ajoute-t-elle", "elle"),
            "ajoute",
        ),
        (
            "J'ai appris ma leçon. La prochaine fois, j'appelle mon assurance avant de parler à qui que ce soit",
            "Karine Ouellet",
            "Mme Ouellet",
            "lâche",
        ),
        (
            "On charge le prix du marché. Les clients signent avant qu'on touche au véhicule",
            "Sylvain Demers",
            ("a-t-il soutenu", "il"),
            "a-t-il soutenu",
        ),
        (
            "une véritable guerre de territoire",
            "patrouilleur",
            "Un patrouilleur d'expérience",
            "décrit",
        ),
        (
            "Ils écoutent nos fréquences radio. Parfois, ils sont là avant nous",
            "patrouilleur",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        (
            "Des enquêtes sont en cours et des constats d'infraction ont été remis",
            "Bureau de surveillance du remorquage",
            "le BSR",
            "a indiqué",
        ),
        ("pris très au sérieux", "Camille Fortin", "Camille Fortin", "assure"),
        ("d'ici l'été", "Camille Fortin", ("a-t-elle précisé", "elle"), "a-t-elle précisé"),
    ],
)

article(
    "blind25-fr05",
    "fr",
    f"""Findel : les équipages d’Aerofret menacent de faire grève

Le syndicat SITL a déposé un préavis après l’annonce de nouveaux plannings de nuit. La direction invoque la concurrence.

Publié le 18 septembre 2025 à 06:00
Par Claude Reinert

Le bras de fer est engagé au Findel. Le Syndicat indépendant des travailleurs luxembourgeois (SITL) a déposé mardi un préavis de grève chez Aerofret Luxembourg, la compagnie de fret aérien qui emploie quelque 740 personnes à l’aéroport, dont 310 pilotes et mécaniciens navigants.
En cause : un nouveau schéma de rotations qui prévoit, à partir de janvier, des vols de nuit enchaînés sur quatre jours. «{NB}La direction veut nous faire travailler douze heures d’affilée, de nuit, sans la moindre compensation. C’est non{NB}», a tranché le président du SITL, Romain Kieffer, à l’issue d’une assemblée du personnel qui a réuni près de 300 salariés dans un hangar.
Sur la banderole déployée devant les portes, on pouvait lire «{NB}Genuch ass genuch{NB}» («{NB}Trop, c’est trop{NB}»).
(Photo : Julien Garroy)
Dans un communiqué diffusé mardi soir, Aerofret Luxembourg regrette «{NNB}une démarche prématurée{NNB}» et assure que «{NNB}la porte du dialogue reste ouverte{NNB}». La compagnie rappelle que le nouveau planning a été présenté à la délégation du personnel dès le mois de juin.
«{NNB}Nous perdons des contrats au profit de Liège et de Leipzig, qui proposent des créneaux de nuit plus souples. Sans flexibilité, c’est l’avenir de la compagnie qui est en jeu{NNB}», estime son directeur général, Pieter Van Aken, dans une interview accordée mercredi à la radio 100,7.
Lire aussi : Findel : le trafic de fret en recul de 6 % au premier semestre
Les salariés, eux, parlent d’épuisement. «{NB}On est fatigués. On vole quand les autres dorment, on rentre quand nos enfants partent à l’école, et on nous demande encore plus{NB}», confie un pilote, qui préfère rester anonyme. Selon lui, plusieurs copilotes ont déjà quitté la compagnie pour des concurrents allemands.
Le SITL affirme de son côté que les arrêts maladie ont augmenté de 40 % en deux ans. Un chiffre que la direction juge «{NB}sorti de son contexte{NB}».
Le ministre du Travail, Georges Weyland, a appelé les deux parties à «{NB}reprendre langue au plus vite{NB}». Interrogé par Le Quotidien, le ministre a ajouté : «{NB}Le Findel est une infrastructure critique pour le pays. Personne n’a intérêt à un blocage, ni les salariés, ni l’entreprise, ni l’économie luxembourgeoise.{NB}»
Faute d’accord devant l’Office national de conciliation, un arrêt de travail pourrait intervenir dès la mi-octobre. Ce serait la première grève dans le secteur aérien luxembourgeois depuis plus de dix ans.
Partager cet article
Le Quotidien dans votre boîte mail : inscrivez-vous à notre newsletter""",
    [
        (
            "La direction veut nous faire travailler douze heures d’affilée, de nuit, sans la moindre compensation. C’est non",
            "Romain Kieffer",
            "Romain Kieffer",
            "a tranché",
        ),
        (
            "une démarche prématurée",
            "Aerofret Luxembourg",
            ("communiqué diffusé mardi soir, Aerofret Luxembourg", "Aerofret Luxembourg"),
            "regrette",
        ),
        (
            "la porte du dialogue reste ouverte",
            "Aerofret Luxembourg",
            ("communiqué diffusé mardi soir, Aerofret Luxembourg", "Aerofret Luxembourg"),
            "assure",
        ),
        (
            "Nous perdons des contrats au profit de Liège et de Leipzig, qui proposent des créneaux de nuit plus souples. Sans flexibilité, c’est l’avenir de la compagnie qui est en jeu",
            "Pieter Van Aken",
            "Pieter Van Aken",
            "estime",
        ),
        (
            "On est fatigués. On vole quand les autres dorment, on rentre quand nos enfants partent à l’école, et on nous demande encore plus",
            "pilote",
            "un pilote",
            "confie",
        ),
        ("sorti de son contexte", "Aerofret Luxembourg", "la direction", "juge"),
        ("reprendre langue au plus vite", "Georges Weyland", "Georges Weyland", "a appelé"),
        (
            "Le Findel est une infrastructure critique pour le pays. Personne n’a intérêt à un blocage, ni les salariés, ni l’entreprise, ni l’économie luxembourgeoise.",
            "Georges Weyland",
            "le ministre",
            "a ajouté",
        ),
    ],
    ["Genuch ass genuch", "Trop, c’est trop"],
)

article(
    "blind25-fr06",
    "fr",
    """Combat de reines: la reine cantonale déchue pour dopage

Des traces d’anti-inflammatoire ont été détectées chez «Tornade», sacrée en mai à Aproz. Son propriétaire crie au malentendu.

VALAIS
Publié le 12.06.2025, 18h47
Mis à jour le 13.06.2025, 07h15
Par Laetitia Fournier

Le titre n’aura tenu que cinq semaines. L’Association valaisanne des éleveurs de reines (AVER) a annoncé jeudi la disqualification de «Tornade», la vache d’Hérens sacrée reine cantonale le 4 mai lors de la finale d’Aproz, devant plus de 9000 spectateurs.
«Des traces d’un anti-inflammatoire interdit ont été détectées dans les échantillons prélevés après la finale», indique le communiqué de l’association, qui précise que la contre-expertise a confirmé le premier résultat.
Le propriétaire de «Tornade», Jean-Bernard Rossier, éleveur à Vissoie, conteste toute volonté de tricher. «Ma vache a été soignée pour une boiterie, trois semaines avant le combat. Le vétérinaire me l’a confirmé par écrit», affirme-t-il.
M. Rossier dit avoir respecté «à la lettre» les délais d’attente prescrits et annonce qu’il fera recours auprès de la commission d’appel de l’association.
ARCHIVES LE NOUVELLISTE
Le vétérinaire en question, le Dr Pascal Zufferey, a confirmé au «Nouvelliste» avoir prescrit un traitement à la fin du mois de mars. Selon lui, le délai d’attente «était largement respecté». Il s’étonne que la substance ait encore été détectable début mai.
Du côté de l’AVER, on ne compte pas céder. «Nous ne pouvons pas transiger, martèle le président de l’association, Christian Bonvin. La crédibilité des combats en dépend. Si on ferme les yeux une fois, on ne pourra plus jamais contrôler personne.»
Lire aussi: Les reines ont retrouvé l’alpage de Tortin
La couronne revient désormais à «Bijou», deuxième de la finale, propriété de la famille Métrailler, d’Hérémence. «On ne voulait pas gagner comme ça. C’est triste pour tout le monde, surtout pour la race», glisse Sandrine Métrailler, qui n’a pas encore décidé si une nouvelle cérémonie serait organisée.
Dans les écuries, l’affaire fait beaucoup parler. «Tout le monde savait qu’elle boitait au printemps. Mais de là à parler de dopage…», lâche un éleveur du val d’Anniviers, sous couvert d’anonymat. Un autre estime au contraire que les contrôles, introduits il y a quatre ans seulement, étaient «attendus depuis longtemps».
Le recours de Jean-Bernard Rossier sera examiné le 2 juillet. D’ici là, le palmarès officiel affiche une mention «titre suspendu».
Abonnez-vous dès 1 CHF le premier mois pour lire tous nos articles""",
    [
        (
            "Des traces d’un anti-inflammatoire interdit ont été détectées dans les échantillons prélevés après la finale",
            "Association valaisanne des éleveurs de reines",
            "l’association",
            "indique",
        ),
        (
            "Ma vache a été soignée pour une boiterie, trois semaines avant le combat. Le vétérinaire me l’a confirmé par écrit",
            "Jean-Bernard Rossier",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        ("à la lettre", "Jean-Bernard Rossier", "M. Rossier", "dit"),
        ("était largement respecté", "Pascal Zufferey", ("Selon lui", "lui"), "Selon"),
        ("Nous ne pouvons pas transiger", "Christian Bonvin", "Christian Bonvin", "martèle"),
        (
            "La crédibilité des combats en dépend. Si on ferme les yeux une fois, on ne pourra plus jamais contrôler personne.",
            "Christian Bonvin",
            "Christian Bonvin",
            "martèle",
        ),
        (
            "On ne voulait pas gagner comme ça. C’est triste pour tout le monde, surtout pour la race",
            "Sandrine Métrailler",
            "Sandrine Métrailler",
            "glisse",
        ),
        (
            "Tout le monde savait qu’elle boitait au printemps. Mais de là à parler de dopage…",
            "éleveur",
            "un éleveur du val d’Anniviers",
            "lâche",
        ),
        ("attendus depuis longtemps", "éleveur", "Un autre", "estime"),
    ],
    ["Tornade", "Tornade", "Tornade", "Nouvelliste", "Bijou", "titre suspendu"],
)

article(
    "blind25-fr07",
    "fr",
    f"""Clémence Arbogast{NNB}: «{NNB}J’ai parlé à mon bateau pendant trois jours{NNB}»

Chavirée au large des Açores lors de la Transat des Alizés, la navigatrice de 34 ans a survécu soixante-dix heures dans la coque retournée de son trimaran. Pour Match, elle raconte.

Par Anne-Sophie Marchal
Publié le 03/06/2025 à 18h00

Elle a les mains encore abîmées, des hématomes jaunis sur les avant-bras, et ce rire un peu trop fort de ceux qui reviennent de loin. Dans la maison familiale de Locmariaquer, face au golfe, Clémence Arbogast revient pour la première fois sur la nuit du 14 mai, quand une vague l’a retournée à 600 milles des Açores.
«{NNB}La première nuit, j’ai cru que c’était fini. L’eau montait dans la coque, je n’avais plus de lumière, et j’entendais les vagues cogner contre les flotteurs comme des coups de poing.
«{NNB}Alors j’ai parlé à mon bateau. Je lui disais{NNB}: “Tiens bon, ma grande, tiens bon.” Ça paraît fou, mais ça m’a gardée en vie.
«{NNB}Le troisième matin, j’ai entendu un moteur. J’ai tapé sur la coque de toutes mes forces{NNB}», se souvient-elle.
Photo © Jean-Luc Perrault / Paris Match
Ce moteur était celui d’un canot du cargo «{NNB}Nordic Aurora{NNB}», dérouté par les secours portugais. Son commandant, le Norvégien Lars Eikeland, se souvient d’«{NNB}une silhouette qui agitait un bras par le hublot de survie{NNB}». «{NNB}Nous l’avons cherchée pendant six heures. Quand on l’a vue, tout l’équipage a crié{NNB}», a-t-il raconté par téléphone depuis Rotterdam.
À terre, son équipe vivait l’attente minute par minute. «{NNB}Elle a fait exactement ce qu’il fallait{NNB}: rester dans le bateau. Ceux qui en sortent, on ne les retrouve pas{NNB}», explique Thibault Marsan, son directeur technique depuis huit ans.
Sa mère, Odile Arbogast, n’a pas fermé l’œil pendant trois nuits. «{NNB}On nous a appelés à 4 heures du matin. On nous a dit “chavirage”, rien d’autre. Après, plus rien pendant deux jours{NNB}», raconte-t-elle, la voix encore serrée.
Lire aussi{NNB}: Transat des Alizés{NNB}: les images du chavirage
Paris Match. Avez-vous eu peur de mourir{NNB}?
Clémence Arbogast. Oui, la deuxième nuit surtout. J’avais froid, je ne sentais plus mes pieds. Je me suis attachée à la coque pour ne pas être emportée si le bateau se cassait.
Paris Match. Allez-vous repartir{NNB}?
Clémence Arbogast. Bien sûr. Je ne sais pas encore quand, ni sur quel bateau. Mais je ne veux pas que ma dernière image de la mer soit celle-là.
Les organisateurs de la course ont annoncé une enquête sur les conditions météo du départ, maintenu malgré un avis de coup de vent. Dans un communiqué, ils jugent que la décision a été prise «{NNB}en concertation avec l’ensemble des skippers{NNB}».
Cet article vous est offert. Pour lire tous nos reportages, abonnez-vous à Paris Match.""",
    [
        (
            "J’ai parlé à mon bateau pendant trois jours",
            "Clémence Arbogast",
            (f"Clémence Arbogast{NNB}:", "Clémence Arbogast"),
            None,
        ),
        (
            "La première nuit, j’ai cru que c’était fini. L’eau montait dans la coque, je n’avais plus de lumière, et j’entendais les vagues cogner contre les flotteurs comme des coups de poing.",
            "Clémence Arbogast",
            ("se souvient-elle", "elle"),
            "se souvient",
        ),
        (
            f"Alors j’ai parlé à mon bateau. Je lui disais{NNB}: “Tiens bon, ma grande, tiens bon.” Ça paraît fou, mais ça m’a gardée en vie.",
            "Clémence Arbogast",
            ("se souvient-elle", "elle"),
            "se souvient",
        ),
        (
            "Le troisième matin, j’ai entendu un moteur. J’ai tapé sur la coque de toutes mes forces",
            "Clémence Arbogast",
            ("se souvient-elle", "elle"),
            "se souvient",
        ),
        (
            "une silhouette qui agitait un bras par le hublot de survie",
            "Lars Eikeland",
            "Lars Eikeland",
            "se souvient",
        ),
        (
            "Nous l’avons cherchée pendant six heures. Quand on l’a vue, tout l’équipage a crié",
            "Lars Eikeland",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        (
            f"Elle a fait exactement ce qu’il fallait{NNB}: rester dans le bateau. Ceux qui en sortent, on ne les retrouve pas",
            "Thibault Marsan",
            "Thibault Marsan",
            "explique",
        ),
        (
            "On nous a appelés à 4 heures du matin. On nous a dit “chavirage”, rien d’autre. Après, plus rien pendant deux jours",
            "Odile Arbogast",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "en concertation avec l’ensemble des skippers",
            "organisateurs",
            ("ils jugent", "ils"),
            "jugent",
        ),
    ],
    ["Nordic Aurora"],
)

article(
    "blind25-fr08",
    "fr",
    """Handball : sacrées championnes, les filles du HBC Val-de-Fensch privées de montée faute de salle

Sports | Handball
Par Pierre Kremer - 15 mai 2025 à 19:30 | mis à jour le 16 mai 2025 à 08:05

Elles ont remporté le titre de Prénationale dimanche, devant 400 supporters survoltés. Mais les handballeuses du HBC Val-de-Fensch ne joueront pas en Nationale 3 la saison prochaine. En cause : le gymnase Jean-Moulin de Knutange, où évolue le club, jugé trop petit et surtout trop bas de plafond.
Dans un courrier daté du 12 mai, dont nous avons pris connaissance, la Ligue Moselle-Meuse de handball écrit que la salle « ne répond pas aux exigences minimales du règlement fédéral des équipements », notamment en matière de hauteur libre au-dessus de l’aire de jeu et de recul derrière les buts.
Le président du club, Thierry Schaeffer, ne décolère pas. « On a gagné sur le terrain, on perd dans un bureau. Les filles sont écœurées, et moi aussi », lâche-t-il. Le club a déposé un recours dès lundi.
Photo RL /Marc Wagner
L’entraîneuse, Nadia Kessler, avait pourtant alerté la ligue dès l’automne. « On a bossé trois ans pour ce moment, souffle-t-elle. Et maintenant on nous dit que le plafond est trop bas de quarante centimètres ! » Elle affirme avoir demandé une dérogation en novembre, sans jamais recevoir de réponse écrite.
Contacté, le secrétaire général de la ligue, Patrick Wendling, répond que “le règlement est le même pour tout le monde” et que des dérogations « ne peuvent être accordées qu’à titre provisoire, pour une saison, et avec un projet de construction validé ». Selon lui, « aucun dossier de ce type n’a été transmis ».
Lire aussi
Handball : Yutz et Thionville se neutralisent dans le derby
Du côté de la mairie de Knutange, Gérard Lentz dit comprendre la colère des joueuses, mais rappelle les contraintes budgétaires de la commune. « Une salle aux normes, c’est quatre millions d’euros au bas mot. On ne la sort pas de terre en trois mois », rappelle le maire, qui évoque une piste de mutualisation avec la communauté de communes.
Samedi, lors de la réception organisée en leur honneur, les joueuses ont posé devant une banderole « Notre salle, notre fierté », avant de soulever une dernière fois le trophée dans le gymnase qu’on leur reproche.
La capitaine, Léa Muller, 24 ans, veut encore y croire. « Ça fait mal. Mais on reviendra plus fortes, et cette fois on aura une salle », assure-t-elle. Le recours sera examiné le 3 juin par la commission d’appel de la ligue.
Newsletter Sport Moselle : tous les résultats du week-end dans votre boîte mail. Je m’inscris""",
    [
        (
            "ne répond pas aux exigences minimales du règlement fédéral des équipements",
            "Ligue Moselle-Meuse de handball",
            "la Ligue Moselle-Meuse de handball",
            "écrit",
        ),
        (
            "On a gagné sur le terrain, on perd dans un bureau. Les filles sont écœurées, et moi aussi",
            "Thierry Schaeffer",
            ("lâche-t-il", "il"),
            "lâche",
        ),
        (
            "On a bossé trois ans pour ce moment",
            "Nadia Kessler",
            ("souffle-t-elle", "elle"),
            "souffle",
        ),
        (
            "Et maintenant on nous dit que le plafond est trop bas de quarante centimètres !",
            "Nadia Kessler",
            ("souffle-t-elle", "elle"),
            "souffle",
        ),
        (
            "le règlement est le même pour tout le monde",
            "Patrick Wendling",
            "Patrick Wendling",
            "répond",
        ),
        (
            "ne peuvent être accordées qu’à titre provisoire, pour une saison, et avec un projet de construction validé",
            "Patrick Wendling",
            "Patrick Wendling",
            "répond",
        ),
        (
            "aucun dossier de ce type n’a été transmis",
            "Patrick Wendling",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Une salle aux normes, c’est quatre millions d’euros au bas mot. On ne la sort pas de terre en trois mois",
            "Gérard Lentz",
            "le maire",
            "rappelle",
        ),
        (
            "Ça fait mal. Mais on reviendra plus fortes, et cette fois on aura une salle",
            "Léa Muller",
            ("assure-t-elle", "elle"),
            "assure",
        ),
    ],
    ["Notre salle, notre fierté"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind25_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
