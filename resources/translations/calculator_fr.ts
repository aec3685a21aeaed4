<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name />
        <message>
            <source>Ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Année de référence</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>dernière</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>Édition OTAN</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Économie</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Croissance réelle</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajustement de la croissance</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajustement de l'inflation</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valeurs annuelles imposées</translation>
        </message>
        <message>
            <source>Core path</source>
            <translation>Trajectoire de base</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Croissance des dépenses</translation>
        </message>
        <message>
            <source>Growth measured</source>
            <translation>Croissance mesurée</translation>
        </message>
        <message>
            <source>real</source>
            <translation>réelle</translation>
        </message>
        <message>
            <source>nominal</source>
            <translation>nominale</translation>
        </message>
        <message>
            <source>Glide target</source>
            <translation>Cible de la trajectoire</translation>
        </message>
        <message>
            <source>Glide year</source>
            <translation>Année de la cible</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Augmentation annuelle</translation>
        </message>
        <message>
            <source>{0:g} bn</source>
            <translation>{0:g} Md</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Points personnalisés</translation>
        </message>
        <message>
            <source>Related path</source>
            <translation>Trajectoire connexe</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Part connexe</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Cible connexe</translation>
        </message>
        <message>
            <source>Related year</source>
            <translation>Année connexe</translation>
        </message>
        <message>
            <source>Related cap</source>
            <translation>Plafond connexe</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <source>How the calculator works</source>
            <translation>Fonctionnement du calculateur</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Point de départ</translation>
        </message>
        <message>
            <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO's share of GDP times the IMF's nominal GDP for that year, in the ally's own currency. Money the calculator derives this way is labelled as derived; NATO's own published amounts are shown beside the history.</source>
            <translation>L'année de référence est la dernière année pour laquelle l'OTAN publie un chiffre pour l'Allié (2026, une estimation, dans l'édition de juillet 2026). Les dépenses de défense essentielles de l'année de référence sont la part du PIB publiée par l'OTAN multipliée par le PIB nominal du FMI pour cette année, dans la monnaie de l'Allié. Les montants ainsi calculés sont signalés comme dérivés ; les montants publiés par l'OTAN figurent à côté de l'historique.</translation>
        </message>
        <message>
            <source>The economy</source>
            <translation>L'économie</translation>
        </message>
        <message>
            <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF's figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
            <translation>Chaque année, le PIB croît de la croissance réelle et de l'inflation mesurée par le déflateur du PIB : PIB&lt;sub&gt;t&lt;/sub&gt; = PIB&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). Le scénario de référence du FMI reprend les Perspectives de l'économie mondiale (octobre 2025) jusqu'en 2030, puis maintient les taux de 2030 ; le PIB projeté reproduit alors les chiffres du FMI. Le préréglage à taux constants applique vos taux à chaque année. Les ajustements ajoutent des points de pourcentage à l'un ou l'autre.</translation>
        </message>
        <message>
            <source>Core defence spending</source>
            <translation>Dépenses de défense essentielles</translation>
        </message>
        <message>
            <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
            <translation>&lt;b&gt;Part constante&lt;/b&gt; : la part de l'année de référence chaque année (politique inchangée).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
            <translation>&lt;b&gt;Croissance&lt;/b&gt; : les dépenses augmentent chaque année d'un taux, en valeur nominale ou au-delà de l'inflation (réelle).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
            <translation>&lt;b&gt;Trajectoire&lt;/b&gt; : la part évolue en ligne droite jusqu'à une cible à une année donnée, puis se maintient.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
            <translation>&lt;b&gt;Augmentation&lt;/b&gt; : un montant fixe en monnaie nationale est ajouté chaque année.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
            <translation>&lt;b&gt;Personnalisée&lt;/b&gt; : vos points (part ou montant), reliés par des segments de droite.</translation>
        </message>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Dépenses connexes (le volet de 1,5 %)</translation>
        </message>
        <message>
            <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
            <translation>Elles suivent leur propre trajectoire de part et comptent dans le total jusqu'à 1,5 % du PIB. L'OTAN ne publie aucun chiffre par Allié pour ces dépenses ; elles partent donc de 0 %.</translation>
        </message>
        <message>
            <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is 'already met'. 'Holds' says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Un seuil est atteint la première année où la part l'égale ou le dépasse ; si c'est déjà le cas l'année de référence, il est « déjà atteint ». « Se maintient » indique si la part reste au-dessus jusqu'à l'horizon. L'écart est mesuré l'année cible, en points de PIB et en montant. La croissance nécessaire est la croissance nominale constante des dépenses de défense essentielles, depuis l'année de référence, qui atteint le seuil l'année cible.</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Vérification de la trajectoire de La Haye</translation>
        </message>
        <message>
            <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
            <translation>Les Alliés sont convenus de présenter des plans annuels montrant une trajectoire crédible et progressive vers 3,5 % d'ici 2035, réexaminée en 2029. La vérification examine si la part essentielle ne baisse jamais, si elle atteint 3,5 % d'ici 2035 et où elle se situe en 2029 par rapport à une droite allant de l'année de référence à 3,5 % en 2035.</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Références</translation>
        </message>
        <message>
            <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
            <translation>Les dépenses supplémentaires sont comparées à une part constante du PIB, à un gel en valeur nominale (le montant de l'année de référence chaque année) et à un gel en volume (le montant de l'année de référence indexé sur le déflateur du PIB).</translation>
        </message>
        <message>
            <source>NATO's definition</source>
            <translation>La définition de l'OTAN</translation>
        </message>
        <message>
            <source>NATO's year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
            <translation>L'année de l'OTAN est l'exercice budgétaire qui en compte la plupart des mois (2025 = exercice 2025/26 pour le Canada et le Royaume-Uni).</translation>
        </message>
        <message>
            <source>edition {0}, released {1}, cut-off {2}</source>
            <translation>édition {0}, publiée le {1}, arrêtée au {2}</translation>
        </message>
        <message>
            <source>Estimates or projections: {0}</source>
            <translation>Estimations ou projections : {0}</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculateur de scénarios de budget de défense</translation>
        </message>
        <message>
            <source>Version {0}. Works offline: all data ships with the app.</source>
            <translation>Version {0}. Fonctionne hors ligne : toutes les données sont fournies avec l'application.</translation>
        </message>
        <message>
            <source>Dataset: {0} — {1}</source>
            <translation>Jeu de données : {0} — {1}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
    </context>
    <context>
        <name>AllianceTableModel</name>
        <message>
            <source>Ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <source>Ally (ISO code)</source>
            <translation>Allié (code ISO)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Base year: NATO's latest figure</source>
            <translation>Année de référence : dernier chiffre de l'OTAN</translation>
        </message>
        <message>
            <source>Base share</source>
            <translation>Part de référence</translation>
        </message>
        <message>
            <source>Core defence share of GDP in the base year (NATO)</source>
            <translation>Part des dépenses de défense essentielles dans le PIB l'année de référence (OTAN)</translation>
        </message>
        <message>
            <source>{0} core</source>
            <translation>{0} essentielles</translation>
        </message>
        <message>
            <source>Core share of GDP at the horizon ({0})</source>
            <translation>Part essentielle dans le PIB à l'horizon ({0})</translation>
        </message>
        <message>
            <source>{0} total</source>
            <translation>{0} total</translation>
        </message>
        <message>
            <source>Core + counted related share at the horizon ({0})</source>
            <translation>Part essentielle + part connexe comptabilisée à l'horizon ({0})</translation>
        </message>
        <message>
            <source>core</source>
            <translation>essentielles</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Year {0} is first reached ({1}); – not by {2}</source>
            <translation>Année où {0} est atteint pour la première fois ({1}) ; – pas avant {2}</translation>
        </message>
        <message>
            <source>Already met in the base year {0}</source>
            <translation>Déjà atteint l'année de référence {0}</translation>
        </message>
        <message>
            <source>First reached in {0}</source>
            <translation>Atteint pour la première fois en {0}</translation>
        </message>
        <message>
            <source>Not by {0}; on these assumptions in {1}</source>
            <translation>Pas d'ici {0} ; avec ces hypothèses en {1}</translation>
        </message>
        <message>
            <source>Not by {0}</source>
            <translation>Pas d'ici {0}</translation>
        </message>
    </context>
    <context>
        <name>AllianceTotals</name>
        <message>
            <source>Alliance money totals</source>
            <translation>Totaux monétaires de l'Alliance</translation>
        </message>
        <message>
            <source>Alliance money totals table</source>
            <translation>Tableau des totaux de l'Alliance</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Choisissez l'euro ou le dollar sous Montants et référence pour additionner ce que les Alliés dépensent et doivent ajouter.</translation>
        </message>
        <message>
            <source>Core, base year</source>
            <translation>Essentielles, année de base</translation>
        </message>
        <message>
            <source>Core, {0}</source>
            <translation>Essentielles, {0}</translation>
        </message>
        <message>
            <source>{0}: more in {1}</source>
            <translation>{0} : en plus en {1}</translation>
        </message>
        <message>
            <source>{0}: over {1}–{2}</source>
            <translation>{0} : sur {1}–{2}</translation>
        </message>
    </context>
    <context>
        <name>AllianceView</name>
        <message>
            <source>Alliance assumptions</source>
            <translation>Hypothèses pour l'Alliance</translation>
        </message>
        <message>
            <source>Alliance note</source>
            <translation>Note sur l'Alliance</translation>
        </message>
        <message>
            <source>Alliance table</source>
            <translation>Tableau de l'Alliance</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
            <translation>Tous les Alliés selon les hypothèses actuelles. Cliquez sur un titre de colonne pour trier ; – (non atteint) est classé en dernier. Les flèches sélectionnent un Allié et mettent sa trajectoire en évidence ; Entrée ou un double-clic l'ouvre.</translation>
        </message>
        <message>
            <source>Alliance chart</source>
            <translation>Graphique de l'Alliance</translation>
        </message>
        <message>
            <source>Alliance chart read-out</source>
            <translation>Lecture du graphique de l'Alliance</translation>
        </message>
        <message>
            <source>Point at a path to read the ally, year and share.</source>
            <translation>Pointez une trajectoire pour lire l'Allié, l'année et la part.</translation>
        </message>
        <message>
            <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
            <translation>{0} ({1}), {2} : essentielles {3:.2f} % du PIB = {4:,.1f} Md {5}</translation>
        </message>
        <message>
            <source>core defence, % of GDP</source>
            <translation>défense essentielle, % du PIB</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>IMF baseline economy</source>
            <translation>économie selon la référence du FMI</translation>
        </message>
        <message>
            <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
            <translation>taux constants de {0:g} % de croissance réelle et {1:g} % d'inflation</translation>
        </message>
        <message>
            <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
            <translation>{0} Alliés disposant d'un chiffre de l'OTAN selon les hypothèses actuelles : dépenses essentielles {1}, {2}, horizon {3}. L'Islande n'a pas de forces armées ni de chiffre.</translation>
        </message>
        <message>
            <source>an annual increment</source>
            <translation>une augmentation annuelle</translation>
        </message>
        <message>
            <source>custom amounts</source>
            <translation>des montants personnalisés</translation>
        </message>
        <message>
            <source>Your path is {0} in {1}, one ally's currency, so it cannot apply to every ally: the overview holds each ally's base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
            <translation>Votre trajectoire est {0} en {1}, la monnaie d'un seul Allié ; elle ne peut donc pas s'appliquer à tous : la vue d'ensemble maintient à la place la part de référence de chaque Allié. Choisissez une croissance, une trajectoire ou une part constante pour comparer les Alliés sur votre trajectoire.</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Choisissez l'euro ou le dollar sous Montants et référence pour additionner ce que les Alliés dépensent et doivent ajouter.</translation>
        </message>
    </context>
    <context>
        <name>AllyPanel</name>
        <message>
            <source>Ally and horizon</source>
            <translation>Allié et horizon</translation>
        </message>
        <message>
            <source>Pick an ally: type part of its name (English, French or Spanish), its ISO code (ESP, BEL…) or a common name (UK, USA, Holland); Enter takes the first match. The figure is NATO's latest share of GDP for core defence ({0} edition, latest year).</source>
            <translation>Choisissez un Allié : tapez une partie de son nom (en anglais, français ou espagnol), son code ISO (ESP, BEL…) ou un nom courant (UK, USA, Hollande) ; Entrée prend la première correspondance. Le chiffre est la dernière part du PIB publiée par l'OTAN pour la défense essentielle (édition {0}, dernière année).</translation>
        </message>
        <message>
            <source>{0} ({1}) · no NATO figure</source>
            <translation>{0} ({1}) · aucun chiffre de l'OTAN</translation>
        </message>
        <message>
            <source>{0} ({1}) · {2:.2f} %</source>
            <translation>{0} ({1}) · {2:.2f} %</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Last year shown and tested (up to {0}).</source>
            <translation>Dernière année affichée et testée (jusqu'à {0}).</translation>
        </message>
        <message>
            <source>&amp;Ally</source>
            <translation>&amp;Allié</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Horizon</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Autosave failed: {0}</source>
            <extracomment>Asked whether to restore a session left by a crash (once per orphaned session).</extracomment>
            <translation>Échec de l'enregistrement automatique : {0}</translation>
        </message>
        <message>
            <source> and {0} pinned</source>
            <translation> et {0} épinglé(s)</translation>
        </message>
        <message>
            <source>Recover your work</source>
            <translation>Récupérer votre travail</translation>
        </message>
        <message>
            <source>Recover the work from a session that did not close normally?</source>
            <translation>Récupérer le travail d'une session qui ne s'est pas fermée normalement ?</translation>
        </message>
        <message>
            <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
            <translation>Le calculateur ne s'est pas fermé normalement. Scénario non enregistré : {0}{1}.</translation>
        </message>
        <message>
            <source>Damaged autosave set aside</source>
            <translation>Enregistrement automatique endommagé mis de côté</translation>
        </message>
        <message>
            <source>An autosave file could not be read and was set aside.</source>
            <translation>Un fichier d'enregistrement automatique n'a pas pu être lu et a été mis de côté.</translation>
        </message>
        <message>
            <source>It was renamed and is kept in {0}: {1}</source>
            <translation>Il a été renommé et conservé dans {0} : {1}</translation>
        </message>
        <message>
            <source>Cannot recover the scenario</source>
            <translation>Impossible de récupérer le scénario</translation>
        </message>
        <message>
            <source>More recovered work than can be pinned: offered again next time.</source>
            <translation>Plus de travail récupéré que d'emplacements d'épinglage : il sera reproposé la prochaine fois.</translation>
        </message>
    </context>
    <context>
        <name>CaveatBanner</name>
        <message>
            <source>Caveats for this ally</source>
            <translation>Mises en garde pour cet Allié</translation>
        </message>
    </context>
    <context>
        <name>ChartDescriptionDialog</name>
        <message>
            <source>The chart in words</source>
            <translation>Le graphique en mots</translation>
        </message>
        <message>
            <source>Chart description</source>
            <translation>Description du graphique</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the description to the clipboard</source>
            <translation>Copier la description dans le presse-papiers</translation>
        </message>
    </context>
    <context>
        <name>ClaimPanel</name>
        <message>
            <source>Check a published claim</source>
            <translation>Vérifier une affirmation publiée</translation>
        </message>
        <message>
            <source>Check a claim</source>
            <translation>Vérifier une affirmation</translation>
        </message>
        <message>
            <source>Check a claim such as "45 bn is 2.1 % of GDP in 2029": the GDP it implies, the nominal growth that GDP needs from the base year, and the IMF path's growth beside it. Listed in the assumptions of every report.</source>
            <translation>Vérifier une affirmation du type « 45 Md représentent 2,1 % du PIB en 2029 » : le PIB qu'elle suppose, la croissance nominale que ce PIB exige depuis l'année de base, et à côté la croissance de la trajectoire du FMI. Indiqué dans les hypothèses de chaque rapport.</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Montant de l'affirmation</translation>
        </message>
        <message>
            <source>The amount the claim states, billions of national currency, current prices.</source>
            <translation>Le montant indiqué par l'affirmation, en milliards de monnaie nationale, prix courants.</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % du PIB</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Part de l'affirmation</translation>
        </message>
        <message>
            <source>The share of GDP the claim says the amount is.</source>
            <translation>La part du PIB que ce montant représente selon l'affirmation.</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Année de l'affirmation</translation>
        </message>
        <message>
            <source>The year the claim is about (after the base year).</source>
            <translation>L'année sur laquelle porte l'affirmation (après l'année de base).</translation>
        </message>
        <message>
            <source>Claim check result</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> Md {0}</translation>
        </message>
        <message>
            <source>Type a claim's amount, share and year to see the GDP it implies and the growth that needs.</source>
            <translation>Saisissez le montant, la part et l'année d'une affirmation pour voir le PIB qu'elle suppose et la croissance que cela exige.</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>É&amp;pingler le scénario actuel</translation>
        </message>
        <message>
            <source>Pin current scenario</source>
            <translation>Épingler le scénario actuel</translation>
        </message>
        <message>
            <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
            <translation>Garder les hypothèses actuelles en surimpression sur le graphique des parts (jusqu'à {0}).</translation>
        </message>
        <message>
            <source>&amp;Unpin</source>
            <translation>&amp;Désépingler</translation>
        </message>
        <message>
            <source>Unpin selected scenario</source>
            <translation>Désépingler le scénario sélectionné</translation>
        </message>
        <message>
            <source>Remove the selected pinned scenario.</source>
            <translation>Retirer le scénario épinglé sélectionné.</translation>
        </message>
        <message>
            <source>Unpin &amp;all</source>
            <translation>Tout dés&amp;épingler</translation>
        </message>
        <message>
            <source>Unpin all scenarios</source>
            <translation>Désépingler tous les scénarios</translation>
        </message>
        <message>
            <source>Remove every pinned scenario.</source>
            <translation>Retirer tous les scénarios épinglés.</translation>
        </message>
        <message>
            <source>Extra spending against</source>
            <translation>Dépenses supplémentaires par rapport à</translation>
        </message>
        <message>
            <source>What the extra spending of each scenario is measured against.</source>
            <translation>Référence par rapport à laquelle sont mesurées les dépenses supplémentaires de chaque scénario.</translation>
        </message>
        <message>
            <source>E&amp;xtra spending against</source>
            <translation>Dépenses supplémentaires par rapport &amp;à</translation>
        </message>
        <message>
            <source>Compare message</source>
            <translation>Message de comparaison</translation>
        </message>
        <message>
            <source>Pinned scenarios</source>
            <translation>Scénarios épinglés</translation>
        </message>
        <message>
            <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
            <translation>Scénarios épinglés, dans les couleurs de leur surimpression. Suppr désépingle le scénario sélectionné.</translation>
        </message>
        <message>
            <source>Results side by side</source>
            <translation>Résultats côte à côte</translation>
        </message>
        <message>
            <source>Assumptions that differ</source>
            <translation>Hypothèses qui diffèrent</translation>
        </message>
        <message>
            <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario's path does not use it.</source>
            <translation>Hypothèses qui diffèrent entre le scénario actuel et les scénarios épinglés ; – signifie que la trajectoire du scénario ne l'utilise pas.</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Épinglés</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Résultats</translation>
        </message>
        <message>
            <source>Assumptions that &amp;differ</source>
            <translation>Hypothèses qui &amp;diffèrent</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Désépingler</translation>
        </message>
        <message>
            <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
            <translation>{0} sur {1} épinglés. Les scénarios épinglés apparaissent sur le graphique des parts.</translation>
        </message>
        <message>
            <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
            <translation>Épinglez le scénario actuel pour le garder sur le graphique des parts pendant que vous essayez d'autres hypothèses ou d'autres Alliés (jusqu'à {0}).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <source>Differs from the current scenario</source>
            <translation>Diffère du scénario actuel</translation>
        </message>
        <message>
            <source>Assumptions that differ (pin a scenario to compare)</source>
            <translation>Hypothèses qui diffèrent (épinglez un scénario pour comparer)</translation>
        </message>
        <message>
            <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
            <translation>Hypothèses qui diffèrent : aucune, les scénarios épinglés correspondent au scénario actuel</translation>
        </message>
    </context>
    <context>
        <name>CoreSpendingPanel</name>
        <message>
            <source>Core defence spending</source>
            <translation>Dépenses de défense essentielles</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Part constante du PIB</translation>
        </message>
        <message>
            <source>Grow by a rate</source>
            <translation>Croissance à un taux</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Trajectoire vers une part</translation>
        </message>
        <message>
            <source>Add an amount each year</source>
            <translation>Ajouter un montant chaque année</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Points personnalisés</translation>
        </message>
        <message>
            <source>Spending path</source>
            <translation>Trajectoire des dépenses</translation>
        </message>
        <message>
            <source>How core defence spending evolves after the base year. </source>
            <translation>Évolution des dépenses de défense essentielles après l'année de référence. </translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % par an</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Croissance des dépenses</translation>
        </message>
        <message>
            <source>Growth of core defence spending each year.</source>
            <translation>Croissance annuelle des dépenses de défense essentielles.</translation>
        </message>
        <message>
            <source>nominal (cash)</source>
            <translation>nominale (en valeur)</translation>
        </message>
        <message>
            <source>real (above inflation)</source>
            <translation>réelle (au-delà de l'inflation)</translation>
        </message>
        <message>
            <source>Nominal or real growth</source>
            <translation>Croissance nominale ou réelle</translation>
        </message>
        <message>
            <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
            <translation>Nominale : le montant en valeur croît du taux. Réelle : il croît du taux en plus de l'inflation du déflateur du PIB.</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Croissance</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % du PIB</translation>
        </message>
        <message>
            <source>Glide target share</source>
            <translation>Part cible de la trajectoire</translation>
        </message>
        <message>
            <source>Share of GDP reached in a straight line by the glide year, then held.</source>
            <translation>Part du PIB atteinte en ligne droite à l'année cible, puis maintenue.</translation>
        </message>
        <message>
            <source>Glide target year</source>
            <translation>Année cible de la trajectoire</translation>
        </message>
        <message>
            <source>Year the target share is reached.</source>
            <translation>Année où la part cible est atteinte.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Never below the current share</source>
            <translation>Jamais sous la part actuelle</translation>
        </message>
        <message>
            <source>On: a target below the current share holds the current share instead of cutting spending. Off: the path glides down to the target (allows cuts).</source>
            <translation>Activé : une cible inférieure à la part actuelle maintient la part actuelle au lieu de réduire les dépenses. Désactivé : la trajectoire descend jusqu'à la cible (réductions permises).</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Augmentation annuelle</translation>
        </message>
        <message>
            <source>Amount added to core spending every year, in billions of the ally's national currency, current prices.</source>
            <translation>Montant ajouté chaque année aux dépenses essentielles, en milliards de la monnaie nationale de l'Allié, prix courants.</translation>
        </message>
        <message>
            <source>Each year add</source>
            <translation>Ajouter chaque année</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
            <translation>Années que vous avez fixées ; la trajectoire les relie en ligne droite et la dernière valeur se maintient.</translation>
        </message>
        <message>
            <source>Custom point year</source>
            <translation>Année du point</translation>
        </message>
        <message>
            <source>Year to fix.</source>
            <translation>Année à fixer.</translation>
        </message>
        <message>
            <source>Custom point value</source>
            <translation>Valeur du point</translation>
        </message>
        <message>
            <source>Share of GDP (%) or amount (billions of national currency).</source>
            <translation>Part du PIB (%) ou montant (milliards de monnaie nationale).</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% du PIB</translation>
        </message>
        <message>
            <source>bn</source>
            <translation>Md</translation>
        </message>
        <message>
            <source>Custom point kind</source>
            <translation>Type de point</translation>
        </message>
        <message>
            <source>Whether the value is a share of GDP or an amount.</source>
            <translation>Indique si la valeur est une part du PIB ou un montant.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <source>Set custom point</source>
            <translation>Définir le point</translation>
        </message>
        <message>
            <source>Add the point, or replace the one for that year.</source>
            <translation>Ajouter le point ou remplacer celui de cette année.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove custom point</source>
            <translation>Supprimer le point</translation>
        </message>
        <message>
            <source>Remove the selected points.</source>
            <translation>Supprimer les points sélectionnés.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Trajectoire</translation>
        </message>
        <message>
            <source>NATO's share × IMF GDP</source>
            <translation>Part OTAN × PIB du FMI</translation>
        </message>
        <message>
            <source>My share of GDP</source>
            <translation>Ma part du PIB</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mon montant</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>dépenses publiées par l'OTAN</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Point de départ</translation>
        </message>
        <message>
            <source>Base-year core spending: NATO's share of GDP times IMF GDP (derived), your own share or amount (labelled "user's figure" everywhere), or NATO's own published national-currency spending.</source>
            <translation>Dépenses essentielles de l'année de référence : part du PIB de l'OTAN multipliée par le PIB du FMI (dérivé), votre propre part ou montant (signalé partout comme « chiffre de l'utilisateur »), ou les dépenses en monnaie nationale publiées par l'OTAN.</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Ma part</translation>
        </message>
        <message>
            <source>Your base-year core spending as a share of IMF GDP (user's figure).</source>
            <translation>Vos dépenses essentielles de l'année de référence en part du PIB du FMI (chiffre de l'utilisateur).</translation>
        </message>
        <message>
            <source>Your base-year core spending in billions of national currency, current prices (user's figure).</source>
            <translation>Vos dépenses essentielles de l'année de référence en milliards de monnaie nationale, prix courants (chiffre de l'utilisateur).</translation>
        </message>
        <message>
            <source>Base-year spending</source>
            <translation>Dépenses de l'année de référence</translation>
        </message>
        <message>
            <source> bn {0} a year</source>
            <translation> Md {0} par an</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> Md {0}</translation>
        </message>
        <message>
            <source>bn {0}</source>
            <translation>Md {0}</translation>
        </message>
        <message>
            <source>{0:g} % of GDP</source>
            <translation>{0:g} % du PIB</translation>
        </message>
        <message>
            <source>{0:,.2f} bn {1}</source>
            <translation>{0:,.2f} Md {1}</translation>
        </message>
        <message>
            <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
            <translation>Les dépenses essentielles restent à {0:.2f} % du PIB, la part de {1} : la référence à politique inchangée.</translation>
        </message>
    </context>
    <context>
        <name>DatasetActions</name>
        <message>
            <source>Dataset</source>
            <extracomment>What the storage layer refuses a user's file or folder with: a one-line message each. The list of datasets changed (an import or a removal); the Vintages view re-lists them.</extracomment>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>&amp;Import NATO release…</source>
            <translation>&amp;Importer une publication de l'OTAN…</translation>
        </message>
        <message>
            <source>Add NATO's Excel tables (.xlsx) or a filled-in CSV template as a dataset</source>
            <translation>Ajouter comme jeu de données les tableaux Excel de l'OTAN (.xlsx) ou un modèle CSV rempli</translation>
        </message>
        <message>
            <source>&amp;Datasets…</source>
            <translation>&amp;Jeux de données…</translation>
        </message>
        <message>
            <source>List, switch and delete datasets</source>
            <translation>Lister, changer et supprimer des jeux de données</translation>
        </message>
        <message>
            <source>Cannot switch the dataset</source>
            <translation>Impossible de changer de jeu de données</translation>
        </message>
        <message>
            <source>Switched the dataset.</source>
            <translation>Jeu de données changé.</translation>
        </message>
        <message>
            <source>Cannot import the release</source>
            <translation>Impossible d'importer la publication</translation>
        </message>
        <message>
            <source>It has NATO's distribution by category (equipment, personnel).</source>
            <translation>Il contient la répartition par catégorie de l'OTAN (équipements, personnel).</translation>
        </message>
        <message>
            <source>Release imported</source>
            <translation>Publication importée</translation>
        </message>
        <message>
            <source>Imported {0} as dataset {1}: {2} ({3}, cut-off {4}).</source>
            <translation>{0} importé comme jeu de données {1} : {2} ({3}, arrêté au {4}).</translation>
        </message>
        <message>
            <source>Use it now?</source>
            <translation>L'utiliser maintenant ?</translation>
        </message>
        <message>
            <source>Imported dataset {0}</source>
            <translation>Jeu de données {0} importé</translation>
        </message>
        <message>
            <source>Delete dataset</source>
            <translation>Supprimer le jeu de données</translation>
        </message>
        <message>
            <source>Delete dataset {0} ({1}, {2})?</source>
            <translation>Supprimer le jeu de données {0} ({1}, {2}) ?</translation>
        </message>
        <message>
            <source>The imported copy is removed; the original file is not touched.</source>
            <translation>La copie importée est supprimée ; le fichier d'origine n'est pas modifié.</translation>
        </message>
        <message>
            <source>Cannot delete the dataset</source>
            <translation>Impossible de supprimer le jeu de données</translation>
        </message>
        <message>
            <source>Deleted dataset {0}</source>
            <translation>Jeu de données {0} supprimé</translation>
        </message>
        <message>
            <source>Import NATO release</source>
            <translation>Importer une publication de l'OTAN</translation>
        </message>
        <message>
            <source>NATO tables or CSV template (*.xlsx *.csv)</source>
            <translation>Tableaux de l'OTAN ou modèle CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>DatasetManagerDialog</name>
        <message>
            <source>Datasets</source>
            <translation>Jeux de données</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Édition</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Date d'arrêt</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Utiliser</translation>
        </message>
        <message>
            <source>Project with the selected dataset from now on</source>
            <translation>Projeter désormais avec le jeu de données sélectionné</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Delete an imported dataset (never the bundled one)</source>
            <translation>Supprimer un jeu de données importé (jamais celui qui est fourni)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>fourni</translation>
        </message>
        <message>
            <source>{0} (damaged)</source>
            <translation>{0} (endommagé)</translation>
        </message>
        <message>
            <source>ships with the app</source>
            <translation>fourni avec l'application</translation>
        </message>
        <message>
            <source>{0}. Editions: {1}.</source>
            <translation>{0}. Éditions : {1}.</translation>
        </message>
    </context>
    <context>
        <name>EconomyPanel</name>
        <message>
            <source>Economy (GDP path)</source>
            <translation>Économie (trajectoire du PIB)</translation>
        </message>
        <message>
            <source>IMF baseline (WEO Oct 2025)</source>
            <translation>Référence du FMI (PEM oct. 2025)</translation>
        </message>
        <message>
            <source>Constant rates</source>
            <translation>Taux constants</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Préréglage économique</translation>
        </message>
        <message>
            <source>IMF baseline: the IMF's real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
            <translation>Référence du FMI : la croissance réelle et le déflateur du PIB du FMI jusqu'en 2030, maintenus ensuite. Constants : les taux ci-dessous pour chaque année.</translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % par an</translation>
        </message>
        <message>
            <source> % · IMF path</source>
            <translation> % · trajectoire du FMI</translation>
        </message>
        <message>
            <source>Real GDP growth</source>
            <translation>Croissance réelle du PIB</translation>
        </message>
        <message>
            <source>Real GDP growth each year (constant preset).</source>
            <translation>Croissance réelle du PIB chaque année (taux constants).</translation>
        </message>
        <message>
            <source>Inflation (GDP deflator)</source>
            <translation>Inflation (déflateur du PIB)</translation>
        </message>
        <message>
            <source>GDP deflator inflation each year (constant preset).</source>
            <translation>Inflation du déflateur du PIB chaque année (taux constants).</translation>
        </message>
        <message>
            <source> pp</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajustement de la croissance</translation>
        </message>
        <message>
            <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
            <translation>Points de pourcentage ajoutés chaque année à la croissance réelle, quel que soit le préréglage (négatif pour un ralentissement).</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajustement de l'inflation</translation>
        </message>
        <message>
            <source>Percentage points added to inflation in every year, on top of either preset.</source>
            <translation>Points de pourcentage ajoutés chaque année à l'inflation, quel que soit le préréglage.</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Croissance réelle selon</translation>
        </message>
        <message>
            <source>Constant: the real growth set here for every year. IMF path: the IMF's real growth to 2030, held after (shown greyed), while inflation is constant.</source>
            <translation>Constante : la croissance réelle saisie ici, chaque année. Trajectoire du FMI : la croissance réelle du FMI jusqu'en 2030, maintenue ensuite (affichée en grisé), l'inflation restant constante.</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflation selon</translation>
        </message>
        <message>
            <source>Constant: the inflation set here for every year. IMF path: the IMF's GDP deflator to 2030, held after (shown greyed), while real growth is constant.</source>
            <translation>Constante : l'inflation saisie ici, chaque année. Trajectoire du FMI : le déflateur du PIB du FMI jusqu'en 2030, maintenu ensuite (affiché en grisé), la croissance réelle restant constante.</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Préréglage</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Croissance réelle</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Ajust. croissance</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Ajust. inflation</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Growth %</source>
            <translation>Croissance %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valeurs annuelles imposées</translation>
        </message>
        <message>
            <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset's rate. F2 or typing edits a cell.</source>
            <translation>Remplacer la croissance réelle et/ou l'inflation d'années isolées (quel que soit le préréglage, après les ajustements). Laissez une cellule vide pour garder le taux du préréglage. F2 ou la saisie modifie une cellule.</translation>
        </message>
        <message>
            <source>Add year</source>
            <translation>Ajouter une année</translation>
        </message>
        <message>
            <source>Add override year</source>
            <translation>Ajouter une année imposée</translation>
        </message>
        <message>
            <source>Add the next year without an override and start typing its growth.</source>
            <translation>Ajouter la prochaine année sans valeur imposée et commencer à saisir sa croissance.</translation>
        </message>
        <message>
            <source>Remove year</source>
            <translation>Supprimer l'année</translation>
        </message>
        <message>
            <source>Remove override year</source>
            <translation>Supprimer l'année imposée</translation>
        </message>
        <message>
            <source>Remove the selected override years.</source>
            <translation>Supprimer les années imposées sélectionnées.</translation>
        </message>
        <message>
            <source>Per-year overrides (blank keeps the preset)</source>
            <translation>Valeurs annuelles imposées (vide : préréglage conservé)</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>PIB, Md</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Trajectoire du PIB</translation>
        </message>
        <message>
            <source>Nominal GDP in billions of national currency, current prices, for some years (for example the finance ministry's forecast). Constant growth between the years given and from the base year to the first; after the last, the growth above continues. F2 or typing edits a cell.</source>
            <translation>PIB nominal en milliards de monnaie nationale, prix courants, pour certaines années (par exemple la prévision du ministère des finances). Croissance constante entre les années indiquées et de l'année de référence à la première ; après la dernière, la croissance ci-dessus se poursuit. F2 ou la saisie modifie une cellule.</translation>
        </message>
        <message>
            <source>Add GDP year</source>
            <translation>Ajouter une année de PIB</translation>
        </message>
        <message>
            <source>Add the next year, starting from the GDP the projection has for it.</source>
            <translation>Ajouter l'année suivante, en partant du PIB projeté pour cette année.</translation>
        </message>
        <message>
            <source>Remove GDP year</source>
            <translation>Supprimer l'année de PIB</translation>
        </message>
        <message>
            <source>Remove the selected GDP years.</source>
            <translation>Supprimer les années de PIB sélectionnées.</translation>
        </message>
        <message>
            <source>e.g. Budget plan 2026</source>
            <translation>p. ex. Plan budgétaire 2026</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Source du PIB</translation>
        </message>
        <message>
            <source>Whose forecast the GDP path is; stated in every output.</source>
            <translation>De qui provient la prévision de PIB ; indiqué dans chaque sortie.</translation>
        </message>
        <message>
            <source>GDP path (blank: from the rates above)</source>
            <translation>Trajectoire du PIB (vide : d'après les taux ci-dessus)</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Constante</translation>
        </message>
        <message>
            <source>IMF path</source>
            <translation>Trajectoire du FMI</translation>
        </message>
    </context>
    <context>
        <name>ExportDispatch</name>
        <message>
            <source>&amp;Export</source>
            <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>PDF brief (&amp;A4)…</source>
            <translation>Note PDF (&amp;A4)…</translation>
        </message>
        <message>
            <source>PDF brief (&amp;Letter)…</source>
            <translation>Note PDF (&amp;Letter)…</translation>
        </message>
        <message>
            <source>&amp;Excel workbook…</source>
            <translation>Classeur &amp;Excel…</translation>
        </message>
        <message>
            <source>&amp;CSV yearly table…</source>
            <translation>Tableau annuel &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;JSON projection…</source>
            <translation>Projection &amp;JSON…</translation>
        </message>
        <message>
            <source>Chart &amp;PNG…</source>
            <translation>Graphique &amp;PNG…</translation>
        </message>
        <message>
            <source>Chart &amp;SVG…</source>
            <translation>Graphique &amp;SVG…</translation>
        </message>
        <message>
            <source>Export a&amp;lliance overview</source>
            <translation>Exporter la vue d'ensemble de l'A&amp;lliance</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>Co&amp;mparison</source>
            <translation>Co&amp;mparaison</translation>
        </message>
        <message>
            <source>&amp;CSV table…</source>
            <translation>Tableau &amp;CSV…</translation>
        </message>
        <message>
            <source>Nothing to compare: no pinned scenarios.</source>
            <translation>Rien à comparer : aucun scénario épinglé.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} écrit</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>Tableaux CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>FiscalView</name>
        <message>
            <source>Budget impact sentence</source>
            <translation>Phrase sur l'incidence budgétaire</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Emprunté</translation>
        </message>
        <message>
            <source>Share of the extra spending that is borrowed</source>
            <translation>Part des dépenses supplémentaires financée par l'emprunt</translation>
        </message>
        <message>
            <source>Taxes or cuts</source>
            <translation>Impôts ou économies</translation>
        </message>
        <message>
            <source>Share paid for by higher taxes or cuts in other spending (100 % − borrowed)</source>
            <translation>Part financée par des hausses d'impôts ou des économies sur d'autres dépenses (100 % − emprunté)</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Taux d'intérêt</translation>
        </message>
        <message>
            <source>Effective interest rate on the extra debt, % a year, nominal (an assumption: the IMF publishes no such rate)</source>
            <translation>Taux d'intérêt effectif sur la dette supplémentaire, % par an, nominal (une hypothèse : le FMI ne publie pas ce taux)</translation>
        </message>
        <message>
            <source>As the Council decided</source>
            <translation>Selon la décision du Conseil</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activée</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <source>EU escape clause</source>
            <translation>Clause dérogatoire de l'UE</translation>
        </message>
        <message>
            <source>Activated on 8 July 2025 for 15 states (as reported); switch it per ally</source>
            <translation>Activée le 8 juillet 2025 pour 15 États (selon les informations disponibles) ; à activer par Allié</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Intérêts</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Financing reading</source>
            <translation>Lecture du financement</translation>
        </message>
        <message>
            <source>Debt effect</source>
            <translation>Effet sur la dette</translation>
        </message>
        <message>
            <source>Escape clause</source>
            <translation>Clause dérogatoire</translation>
        </message>
        <message>
            <source>Debt brake</source>
            <translation>Frein à l'endettement</translation>
        </message>
        <message>
            <source>Fiscal assumptions</source>
            <translation>Hypothèses budgétaires</translation>
        </message>
        <message>
            <source>Financing and fiscal rules</source>
            <translation>Financement et règles budgétaires</translation>
        </message>
        <message>
            <source>Debt chart</source>
            <translation>Graphique de la dette</translation>
        </message>
        <message>
            <source>Extra deficit chart</source>
            <translation>Graphique du déficit supplémentaire</translation>
        </message>
        <message>
            <source>Escape clause meter</source>
            <translation>Jauge de la clause dérogatoire</translation>
        </message>
        <message>
            <source>gross government debt, % of GDP</source>
            <translation>dette publique brute, % du PIB</translation>
        </message>
        <message>
            <source>Debt with and without the extra spending</source>
            <translation>Dette avec et sans les dépenses supplémentaires</translation>
        </message>
        <message>
            <source>IMF, history</source>
            <translation>FMI, historique</translation>
        </message>
        <message>
            <source>without the extra spending</source>
            <translation>sans les dépenses supplémentaires</translation>
        </message>
        <message>
            <source>with the extra spending</source>
            <translation>avec les dépenses supplémentaires</translation>
        </message>
        <message>
            <source>IMF's own path (WEO Oct. 2025, to 2030)</source>
            <translation>Trajectoire du FMI (PEM oct. 2025, jusqu'en 2030)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% du PIB</translation>
        </message>
        <message>
            <source>Extra deficit per year</source>
            <translation>Déficit supplémentaire par an</translation>
        </message>
        <message>
            <source>points of GDP over 2021</source>
            <translation>points de PIB au-dessus de 2021</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>couvert</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>non couvert</translation>
        </message>
        <message>
            <source>2028 cliff</source>
            <translation>falaise de 2028</translation>
        </message>
        <message>
            <source>EU escape clause: off</source>
            <translation>Clause dérogatoire de l'UE : désactivée</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Visite guidée</translation>
        </message>
        <message>
            <source>Three steps: pick an ally, move a slider, export</source>
            <translation>Trois étapes : choisir un Allié, déplacer un curseur, exporter</translation>
        </message>
        <message>
            <source>&amp;Describe chart</source>
            <translation>&amp;Décrire le graphique</translation>
        </message>
        <message>
            <source>The chart on show, in words</source>
            <translation>Le graphique affiché, en mots</translation>
        </message>
        <message>
            <source>Pick an ally</source>
            <translation>Choisir un Allié</translation>
        </message>
        <message>
            <source>Choose an ally here (type a name or its code and press Enter). The chart, scoreboard and sentence show its path to 2.1 %, 3.5 % and 5 %.</source>
            <translation>Choisissez ici un Allié (tapez un nom ou son code et appuyez sur Entrée). Le graphique, le tableau de bord et la phrase montrent sa trajectoire vers 2,1 %, 3,5 % et 5 %.</translation>
        </message>
        <message>
            <source>Move a slider</source>
            <translation>Déplacer un curseur</translation>
        </message>
        <message>
            <source>Change how core spending grows: drag the slider or type a value (arrow keys and Page Up/Down move it). Everything updates at once; Ctrl+Z undoes.</source>
            <translation>Modifiez la croissance des dépenses essentielles : faites glisser le curseur ou tapez une valeur (les flèches et Page préc./suiv. le déplacent). Tout se met à jour aussitôt ; Ctrl+Z annule.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>File &gt; Export writes the scenario as a PDF brief, an Excel workbook, CSV, JSON or a chart picture. Help &gt; User guide explains every view.</source>
            <translation>Fichier &gt; Exporter écrit le scénario sous forme de note PDF, de classeur Excel, de CSV, de JSON ou d'image du graphique. Aide &gt; Guide de l'utilisateur explique chaque vue.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>A new language applies after a restart</source>
            <translation>Une nouvelle langue s'applique après un redémarrage</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculateur de scénarios de budget de défense</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Hypothèses</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Results by threshold</source>
            <translation>Résultats par seuil</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Résultats</translation>
        </message>
        <message>
            <source>&amp;Yearly table</source>
            <translation>&amp;Tableau annuel</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparer</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>&amp;This ally</source>
            <translation>Cet &amp;Allié</translation>
        </message>
        <message>
            <source>All&amp;iance overview</source>
            <translation>Vue d'ensemble de l'All&amp;iance</translation>
        </message>
        <message>
            <source>&amp;Budget impact</source>
            <translation>Incidence &amp;budgétaire</translation>
        </message>
        <message>
            <source>Ho&amp;w sure?</source>
            <translation>&amp;Quelle certitude ?</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <source>Vi&amp;ntages</source>
            <translation>&amp;Millésimes</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Reset to &amp;defaults</source>
            <translation>Valeurs par &amp;défaut</translation>
        </message>
        <message>
            <source>Default assumptions for the selected ally</source>
            <translation>Hypothèses par défaut pour l'Allié sélectionné</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Données</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Methodology</source>
            <translation>&amp;Méthodologie</translation>
        </message>
        <message>
            <source>&amp;About and sources</source>
            <translation>À &amp;propos et sources</translation>
        </message>
        <message>
            <source>{0}: the window speaks it from the next start</source>
            <translation>{0} : la fenêtre l'utilisera au prochain démarrage</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions</source>
            <translation>Tous les Alliés selon les hypothèses actuelles</translation>
        </message>
        <message>
            <source>&amp;Compare pinned scenarios</source>
            <translation>&amp;Comparer les scénarios épinglés</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>&amp;Scénarios</translation>
        </message>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>É&amp;pingler le scénario actuel</translation>
        </message>
        <message>
            <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
            <translation>Garder les hypothèses actuelles sur le graphique des parts pour les comparer (jusqu'à 5)</translation>
        </message>
        <message>
            <source>&amp;Unpin all</source>
            <translation>Tout &amp;désépingler</translation>
        </message>
        <message>
            <source>Pinned “{0}” ({1} of 5)</source>
            <translation>« {0} » épinglé ({1} sur 5)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyDialog</name>
        <message>
            <source>Methodology</source>
            <translation>Méthodologie</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>Money and baseline</source>
            <translation>Montants et référence</translation>
        </message>
        <message>
            <source>Current prices</source>
            <extracomment>Asks for a scenario file to use as the baseline (``None``: cancelled); tests replace it so that no dialog opens.</extracomment>
            <translation>Prix courants</translation>
        </message>
        <message>
            <source>Constant prices</source>
            <translation>Prix constants</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Current prices: each year's cash. Constant: in prices of the base year, deflated by the scenario's GDP deflator ("in today's terms").</source>
            <translation>Prix courants : les montants de chaque année. Constants : aux prix de l'année de référence, déflatés par le déflateur du PIB du scénario (« en termes actuels »).</translation>
        </message>
        <message>
            <source>National currency</source>
            <translation>Monnaie nationale</translation>
        </message>
        <message>
            <source>US dollars (USD)</source>
            <translation>Dollars des États-Unis (USD)</translation>
        </message>
        <message>
            <source>Euros (EUR)</source>
            <translation>Euros (EUR)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <source>Converted at the exchange rate implied by the IMF (NGDP / NGDPD), held at its 2030 value afterwards; euros through the euro area's implied rate. The rate used is listed with the results.</source>
            <translation>Converti au taux de change implicite du FMI (NGDP / NGDPD), maintenu à sa valeur de 2030 ensuite ; euros via le taux implicite de la zone euro. Le taux utilisé figure avec les résultats.</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Part constante du PIB</translation>
        </message>
        <message>
            <source>Cash freeze</source>
            <translation>Gel en valeur nominale</translation>
        </message>
        <message>
            <source>Real freeze</source>
            <translation>Gel en volume</translation>
        </message>
        <message>
            <source>A saved scenario file…</source>
            <translation>Un fichier de scénario enregistré…</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>What the extra spending is measured against: the base-year share of GDP, the base-year cash amount, the base-year amount kept up with inflation, or the core spending path of a saved scenario of the same ally (for example the government's current plan).</source>
            <translation>Référence des dépenses supplémentaires : la part du PIB de l'année de référence, le montant nominal de l'année de référence, ce montant indexé sur l'inflation, ou la trajectoire des dépenses essentielles d'un scénario enregistré du même Allié (par exemple le plan actuel du gouvernement).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Choose baseline file</source>
            <translation>Choisir le fichier de référence</translation>
        </message>
        <message>
            <source>Use the core spending path of a saved scenario file as the baseline.</source>
            <translation>Utiliser comme référence la trajectoire des dépenses essentielles d'un fichier de scénario enregistré.</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Fichier de référence</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Cumul depuis</translation>
        </message>
        <message>
            <source>First year summed.</source>
            <translation>Première année cumulée.</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Cumul jusqu'à</translation>
        </message>
        <message>
            <source>Last year summed.</source>
            <translation>Dernière année cumulée.</translation>
        </message>
        <message>
            <source>The extra spending against the baseline is added up over these years (default: the year after the base year to 2035).</source>
            <translation>Les dépenses supplémentaires par rapport à la référence sont cumulées sur ces années (par défaut : de l'année suivant l'année de référence à 2035).</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Sum over</source>
            <translation>Cumul sur</translation>
        </message>
        <message>
            <source>Baseline: a saved scenario of the same ally</source>
            <translation>Référence : un scénario enregistré du même Allié</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json *.json)</source>
            <translation>Scénarios (*.scenario.json *.json)</translation>
        </message>
        <message>
            <source>Baseline: {0}</source>
            <translation>Référence : {0}</translation>
        </message>
        <message>
            <source>National currency ({0})</source>
            <translation>Monnaie nationale ({0})</translation>
        </message>
        <message>
            <source>Constant {0} prices</source>
            <translation>Prix constants de {0}</translation>
        </message>
    </context>
    <context>
        <name>PinnedScenarios</name>
        <message>
            <source>This scenario is pinned already.</source>
            <translation>Ce scénario est déjà épinglé.</translation>
        </message>
        <message>
            <source>At most {0} scenarios can be pinned; unpin one first.</source>
            <translation>Au plus {0} scénarios peuvent être épinglés ; désépinglez-en un d'abord.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionChart</name>
        <message>
            <source>Share of GDP</source>
            <translation>Part du PIB</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Montants</translation>
        </message>
        <message>
            <source>Chart view</source>
            <translation>Vue du graphique</translation>
        </message>
        <message>
            <source>Help &gt; Describe chart (Ctrl+Shift+D) reads this chart in words.</source>
            <translation>Aide &gt; Décrire le graphique (Ctrl+Maj+D) décrit ce graphique avec des mots.</translation>
        </message>
        <message>
            <source>Share of GDP chart</source>
            <translation>Graphique de la part du PIB</translation>
        </message>
        <message>
            <source>Money chart</source>
            <translation>Graphique des montants</translation>
        </message>
        <message>
            <source>Switch between the share of GDP and the money per year</source>
            <translation>Basculer entre la part du PIB et les montants annuels</translation>
        </message>
        <message>
            <source>Chart read-out</source>
            <translation>Lecture du graphique</translation>
        </message>
        <message>
            <source>Point at the chart to read a year's share and money.</source>
            <translation>Pointez le graphique pour lire la part et le montant d'une année.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionPlots</name>
        <message>
            <source>Year (NATO fiscal year)</source>
            <translation>Année (exercice OTAN)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% du PIB</translation>
        </message>
        <message>
            <source>NATO, published (hollow: estimate)</source>
            <translation>OTAN, publié (creux : estimation)</translation>
        </message>
        <message>
            <source>Core defence, projected</source>
            <translation>Défense essentielle, projetée</translation>
        </message>
        <message>
            <source>Core + related (total), projected</source>
            <translation>Essentielles + connexes (total), projeté</translation>
        </message>
        <message>
            <source>{0} review</source>
            <translation>revue de {0}</translation>
        </message>
        <message>
            <source>{0} target</source>
            <translation>objectif {0}</translation>
        </message>
        <message>
            <source>billions, national currency</source>
            <translation>milliards, monnaie nationale</translation>
        </message>
        <message>
            <source>NATO, published</source>
            <translation>OTAN, publié</translation>
        </message>
        <message>
            <source>Core + related (total)</source>
            <translation>Essentielles + connexes (total)</translation>
        </message>
        <message>
            <source>Needed for each threshold</source>
            <translation>Nécessaire pour chaque seuil</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Part essentielle, du 10e au 90e centile des tirages</translation>
        </message>
        <message>
            <source>core</source>
            <translation>essentielles</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source> · already met</source>
            <translation> · déjà atteint</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>→ {0} in {1}</source>
            <translation>→ {0} en {1}</translation>
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation>{0} {1} : {2}</translation>
        </message>
        <message>
            <source>millions of {0}, current prices</source>
            <translation>millions de {0}, prix courants</translation>
        </message>
        <message>
            <source>billions of {0}, current prices</source>
            <translation>Md {0}, prix courants</translation>
        </message>
        <message>
            <source>NATO published {0}
→ derived {1} ({2:+.0f} %)</source>
            <translation>OTAN publié {0}
→ dérivé {1} ({2:+.0f} %)</translation>
        </message>
        <message>
            <source>{0}: core {1:.2f} % of GDP = {2}</source>
            <translation>{0} : essentielles {1:.2f} % du PIB = {2}</translation>
        </message>
        <message>
            <source> · {0} published</source>
            <translation> · {0} publiés</translation>
        </message>
        <message>
            <source>total {0:.2f} %</source>
            <translation>total {0:.2f} %</translation>
        </message>
        <message>
            <source>GDP {0:,.0f} bn {1}</source>
            <translation>PIB {0:,.0f} Md {1}</translation>
        </message>
        <message>
            <source>draws 10–90 %: {0:.2f}–{1:.2f} %</source>
            <translation>tirages 10–90 % : {0:.2f}–{1:.2f} %</translation>
        </message>
        <message>
            <source>base year, NATO</source>
            <translation>année de référence, OTAN</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>projeté</translation>
        </message>
        <message>
            <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
            <translation>{0} : OTAN {1:.2f} % du PIB ({2})</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Fichier introuvable</translation>
        </message>
        <message>
            <source>{0}: no such file; removed from the recent files.</source>
            <translation>{0} : fichier inexistant ; retiré des fichiers récents.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Effacer la liste</translation>
        </message>
    </context>
    <context>
        <name>RelatedSpendingPanel</name>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Dépenses connexes (le volet de 1,5 %)</translation>
        </message>
        <message>
            <source>Constant share</source>
            <translation>Part constante</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Trajectoire vers une part</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Trajectoire des dépenses connexes</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % du PIB</translation>
        </message>
        <message>
            <source>Related spending share</source>
            <translation>Part des dépenses connexes</translation>
        </message>
        <message>
            <source>Related spending as a share of GDP (the starting share for a glide).</source>
            <translation>Dépenses connexes en part du PIB (la part de départ d'une trajectoire).</translation>
        </message>
        <message>
            <source>Related glide target</source>
            <translation>Cible de la trajectoire connexe</translation>
        </message>
        <message>
            <source>Share reached by the glide year.</source>
            <translation>Part atteinte à l'année cible.</translation>
        </message>
        <message>
            <source>Related glide year</source>
            <translation>Année cible connexe</translation>
        </message>
        <message>
            <source>Year the related target share is reached.</source>
            <translation>Année où la part cible connexe est atteinte.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
            <translation>L'OTAN ne publie aucun chiffre par Allié pour cette catégorie ; elle part donc de 0 %. Au plus {0:g} % du PIB compte dans le total de 5 %.</translation>
        </message>
        <message>
            <source>Related spending cap</source>
            <translation>Plafond des dépenses connexes</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Trajectoire</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Année</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Threshold results</source>
            <translation>Résultats par seuil</translation>
        </message>
        <message>
            <source>Gap: how far the projected share in the target year is short of the threshold, or above it. Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Écart : de combien la part projetée l'année cible reste sous le seuil, ou le dépasse. Croissance nécessaire : croissance nominale constante des dépenses essentielles, depuis l'année de référence, qui atteint le seuil l'année cible.</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Vos propres chiffres</translation>
        </message>
        <message>
            <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
            <translation>En {0} : la défense essentielle représente {1:.1f} % des dépenses publiques et {2} {3} par habitant.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;New</source>
            <extracomment>Switches the window to a dataset by id and says whether it did (the window's DatasetActions.switch_to); lets Open offer a file's recorded dataset.</extracomment>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>Start again from the default assumptions</source>
            <translation>Repartir des hypothèses par défaut</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculateur de scénarios de budget de défense</translation>
        </message>
        <message>
            <source>{0} · {1}[*] — {2}</source>
            <translation>{0} · {1}[*] — {2}</translation>
        </message>
        <message>
            <source>{0}[*] — {1}</source>
            <translation>{0}[*] — {1}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to “{0}”?</source>
            <translation>Enregistrer les modifications de « {0} » ?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
        </message>
        <message>
            <source>Untitled ({0})</source>
            <translation>Sans titre ({0})</translation>
        </message>
        <message>
            <source>Cannot open the scenario</source>
            <translation>Impossible d'ouvrir le scénario</translation>
        </message>
        <message>
            <source>Open with {0}</source>
            <translation>Ouvrir avec {0}</translation>
        </message>
        <message>
            <source>Different dataset</source>
            <translation>Autre jeu de données</translation>
        </message>
        <message>
            <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
            <translation>{0} a été enregistré avec le jeu de données {1} ; le jeu de données actif est {2}.</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} ouvert</translation>
        </message>
        <message>
            <source>Open it with either dataset; projected figures can differ between them.</source>
            <translation>L'ouvrir avec l'un ou l'autre jeu de données ; les chiffres projetés peuvent différer.</translation>
        </message>
        <message>
            <source>Dataset {0} is not here (Data ▸ Datasets… lists those that are). Open it with dataset {1}? Projected figures can differ from when it was saved.</source>
            <translation>Le jeu de données {0} n'est pas disponible (Données ▸ Jeux de données… liste ceux qui le sont). L'ouvrir avec le jeu de données {1} ? Les chiffres projetés peuvent différer de ceux de l'enregistrement.</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Ouvrir un scénario</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json)</source>
            <translation>Scénarios (*.scenario.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot save the scenario</source>
            <translation>Impossible d'enregistrer le scénario</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} enregistré</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Enregistrer le scénario</translation>
        </message>
        <message>
            <source>Save the changes to “{0}” before quitting?</source>
            <translation>Enregistrer les modifications de « {0} » avant de quitter ?</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Untitled scenario</source>
            <translation>Scénario sans titre</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nom du scénario</translation>
        </message>
        <message>
            <source>Shown in the window title and on exported reports</source>
            <translation>Affiché dans le titre de la fenêtre et sur les rapports exportés</translation>
        </message>
        <message>
            <source>Notes: purpose, sources, caveats…</source>
            <translation>Notes : objet, sources, mises en garde…</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notes du scénario</translation>
        </message>
        <message>
            <source>Free text, saved with the scenario and printed in the PDF brief</source>
            <translation>Texte libre, enregistré avec le scénario et imprimé dans la note PDF</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
    </context>
    <context>
        <name>Scoreboard</name>
        <message>
            <source>Scoreboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Aucun seuil n'est activé.</translation>
        </message>
    </context>
    <context>
        <name>SentenceBar</name>
        <message>
            <source>Summary sentence</source>
            <translation>Phrase de synthèse</translation>
        </message>
        <message>
            <source>Copy sentence</source>
            <translation>Copier la phrase</translation>
        </message>
        <message>
            <source>Copy summary sentence</source>
            <translation>Copier la phrase de synthèse</translation>
        </message>
        <message>
            <source>Copy the sentence to paste into a briefing</source>
            <translation>Copier la phrase pour la coller dans une note</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activée</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% du PIB</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
            <translation>Chaque seuil est comparé à la part essentielle ou à la part totale (essentielle + connexe comptabilisée) ; son année cible est celle où l'écart et la croissance nécessaire sont mesurés.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add threshold</source>
            <translation>Ajouter un seuil</translation>
        </message>
        <message>
            <source>Add a threshold.</source>
            <translation>Ajouter un seuil.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove threshold</source>
            <translation>Supprimer le seuil</translation>
        </message>
        <message>
            <source>Remove the selected thresholds.</source>
            <translation>Supprimer les seuils sélectionnés.</translation>
        </message>
        <message>
            <source>Add Wales 2 %</source>
            <translation>Ajouter Galles 2 %</translation>
        </message>
        <message>
            <source>Add Wales threshold</source>
            <translation>Ajouter le seuil de Galles</translation>
        </message>
        <message>
            <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
            <translation>Ajouter la ligne directrice de Galles (2014) de 2 % du PIB.</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Restore default thresholds</source>
            <translation>Rétablir les seuils par défaut</translation>
        </message>
        <message>
            <source>2.1 % core (Spain's position), 3.5 % core and 5 % total (The Hague).</source>
            <translation>2,1 % essentielles (position de l'Espagne), 3,5 % essentielles et 5 % au total (La Haye).</translation>
        </message>
        <message>
            <source>Test this threshold</source>
            <translation>Tester ce seuil</translation>
        </message>
        <message>
            <source>Threshold value</source>
            <translation>Valeur du seuil</translation>
        </message>
        <message>
            <source>Share of GDP to test, in %.</source>
            <translation>Part du PIB à tester, en %.</translation>
        </message>
        <message>
            <source>core</source>
            <translation>essentielles</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Threshold measure</source>
            <translation>Mesure du seuil</translation>
        </message>
        <message>
            <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
            <translation>essentielles : part des dépenses de défense essentielles de l'OTAN. total : essentielles + connexes (comptabilisées jusqu'à 1,5 %).</translation>
        </message>
        <message>
            <source>Threshold target year</source>
            <translation>Année cible du seuil</translation>
        </message>
        <message>
            <source>Year the gap and the required growth are measured.</source>
            <translation>Année où l'écart et la croissance nécessaire sont mesurés.</translation>
        </message>
        <message>
            <source>Threshold label</source>
            <translation>Libellé du seuil</translation>
        </message>
        <message>
            <source>Name shown on the chart.</source>
            <translation>Nom affiché sur le graphique.</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>Tour</source>
            <translation>Visite guidée</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Skip tour</source>
            <translation>&amp;Passer la visite</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>L'étape précédente</translation>
        </message>
        <message>
            <source>Close the tour; Help &gt; Tour shows it again</source>
            <translation>Fermer la visite ; Aide &gt; Visite guidée la remontre</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Étape {0} sur {1}</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <source>Close the tour</source>
            <translation>Fermer la visite</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>L'étape suivante</translation>
        </message>
    </context>
    <context>
        <name>UncertaintyView</name>
        <message>
            <source>Draw growth and inflation shocks and show the odds of each threshold</source>
            <translation>Tirer des chocs de croissance et d'inflation et afficher la probabilité de chaque seuil</translation>
        </message>
        <message>
            <source>Number of draws</source>
            <translation>Nombre de tirages</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>The same seed gives the same numbers</source>
            <translation>La même graine donne les mêmes chiffres</translation>
        </message>
        <message>
            <source>Leave 2020–21 out of the estimate</source>
            <translation>Exclure 2020–21 de l'estimation</translation>
        </message>
        <message>
            <source>Execution risk (% of plan not spent)</source>
            <translation>Risque d'exécution (% du prévu non dépensé)</translation>
        </message>
        <message>
            <source>Execution risk, mean</source>
            <translation>Risque d'exécution, moyenne</translation>
        </message>
        <message>
            <source>SD </source>
            <translation>ÉT </translation>
        </message>
        <message>
            <source> pp</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Execution risk, spread</source>
            <translation>Risque d'exécution, dispersion</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Fiche du modèle</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Probabilités</translation>
        </message>
        <message>
            <source>Which quantity spreads</source>
            <translation>Quelle grandeur varie</translation>
        </message>
        <message>
            <source>Histogram of the year first reached</source>
            <translation>Histogramme de l'année de premier franchissement</translation>
        </message>
        <message>
            <source>Share of draws (%)</source>
            <translation>Part des tirages (%)</translation>
        </message>
        <message>
            <source>Sensitivity chart</source>
            <translation>Graphique de sensibilité</translation>
        </message>
        <message>
            <source>Change of the target-year share (pp)</source>
            <translation>Variation de la part l'année cible (pt)</translation>
        </message>
        <message>
            <source>&amp;Draws</source>
            <translation>&amp;Tirages</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>&amp;Graine</translation>
        </message>
        <message>
            <source>Off: tick the box to draw the odds of each threshold.</source>
            <translation>Désactivé : cochez la case pour calculer la probabilité de chaque seuil.</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Tirage en cours…</translation>
        </message>
        <message>
            <source>Show uncertainty ({0} draws)</source>
            <translation>Afficher l'incertitude ({0} tirages)</translation>
        </message>
        <message>
            <source>Share in {0}, one assumption {1} pp</source>
            <translation>Part en {0}, une hypothèse à {1} pt</translation>
        </message>
        <message>
            <source>Orange: the assumption {0} pp higher; green: {0} pp lower. The bars are the change of the core share in {1} against the central case.</source>
            <translation>Orange : l'hypothèse relevée de {0} pt ; vert : abaissée de {0} pt. Les barres montrent la variation de la part essentielle en {1} par rapport au cas central.</translation>
        </message>
    </context>
    <context>
        <name>VintagesView</name>
        <message>
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <source>Another dataset or edition to re-run the current scenario on</source>
            <translation>Autre jeu de données ou édition sur lequel relancer le scénario actuel</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>A (in use)</source>
            <translation>A (utilisé)</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <source>What moved</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>Equipment share chart</source>
            <translation>Graphique de la part des équipements</translation>
        </message>
        <message>
            <source>Include what &amp;changed between editions</source>
            <translation>Inclure ce qui a &amp;changé d'une édition à l'autre</translation>
        </message>
        <message>
            <source>PDF, Excel and JSON exports of this ally add a section comparing the scenario with the dataset or edition chosen in the Vintages tab</source>
            <translation>Les exports PDF, Excel et JSON de cet Allié ajoutent une section comparant le scénario avec le jeu de données ou l'édition choisi dans l'onglet Millésimes</translation>
        </message>
        <message>
            <source>&amp;Include in File ▸ Export (PDF brief, Excel workbook, JSON)</source>
            <translation>&amp;Inclure dans Fichier ▸ Exporter (note PDF, classeur Excel, JSON)</translation>
        </message>
        <message>
            <source>&amp;Compare with</source>
            <translation>&amp;Comparer avec</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Ce qui a changé d'une édition à l'autre</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>fourni</translation>
        </message>
        <message>
            <source>{0} · edition {1} ({2})</source>
            <translation>{0} · édition {1} ({2})</translation>
        </message>
        <message>
            <source>{0} · edition {1}</source>
            <translation>{0} · édition {1}</translation>
        </message>
        <message>
            <source>A: {0}. No other dataset or edition to compare with.</source>
            <translation>A : {0}. Aucun autre jeu de données ni édition pour comparer.</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A : {0}</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets.
A: {1}
B: {2}</source>
            <translation>{0} : le même scénario sur deux jeux de données.
A : {1}
B : {2}</translation>
        </message>
        <message>
            <source>A and B</source>
            <translation>A et B</translation>
        </message>
        <message>
            <source>What changed between editions: {0}</source>
            <translation>Ce qui a changé d'une édition à l'autre : {0}</translation>
        </message>
    </context>
    <context>
        <name>YearTableModel</name>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>PIB, Md</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Croissance réelle %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Core, bn</source>
            <translation>Essentielles, Md</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Essentielles % PIB</translation>
        </message>
        <message>
            <source>Related, bn</source>
            <translation>Connexes, Md</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Connexes % PIB</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Total % PIB</translation>
        </message>
        <message>
            <source>Core, bn, base-year prices</source>
            <translation>Essentielles, Md, prix de l'année de référence</translation>
        </message>
        <message>
            <source>Core per person</source>
            <translation>Essentielles par habitant</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Essentielles % dép. publiques</translation>
        </message>
        <message>
            <source>Extra vs constant share, bn</source>
            <translation>Suppl. / part constante, Md</translation>
        </message>
        <message>
            <source>Extra vs cash freeze, bn</source>
            <translation>Suppl. / gel nominal, Md</translation>
        </message>
        <message>
            <source>Extra vs real freeze, bn</source>
            <translation>Suppl. / gel en volume, Md</translation>
        </message>
        <message>
            <source>Extra vs your baseline, bn</source>
            <translation>Suppl. / votre référence, Md</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, prix de {1}</translation>
        </message>
    </context>
    <context>
        <name>YearTablePanel</name>
        <message>
            <source>Yearly table</source>
            <translation>Tableau annuel</translation>
        </message>
        <message>
            <source>Per-year projection; Ctrl+C copies the table</source>
            <translation>Projection annuelle ; Ctrl+C copie le tableau</translation>
        </message>
        <message>
            <source>Copy table</source>
            <translation>Copier le tableau</translation>
        </message>
        <message>
            <source>Copy yearly table</source>
            <translation>Copier le tableau annuel</translation>
        </message>
        <message>
            <source>Copy as tab-separated text (pastes into Excel)</source>
            <translation>Copier en texte séparé par des tabulations (se colle dans Excel)</translation>
        </message>
        <message>
            <source>{0}: money in billions of {1}, {2} (base year {3}: {4}, then the paths you set); extra spending against {5}, blank outside {6}–{7}.</source>
            <translation>{0} : montants en milliards de {1}, {2} (année de référence {3} : {4}, puis les trajectoires que vous avez définies) ; dépenses supplémentaires par rapport à {5}, vides hors de {6}–{7}.</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Constant share</source>
            <translation>Part constante</translation>
        </message>
        <message>
            <source>8 % a year</source>
            <translation>8 % par an</translation>
        </message>
        <message>
            <source>3.5 % by 2030</source>
            <translation>3,5 % d'ici 2030</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <source>billions</source>
            <translation>milliards</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>millions</translation>
        </message>
        <message>
            <source>already met in {0}</source>
            <translation>déjà atteint en {0}</translation>
        </message>
        <message>
            <source>reached in {0}</source>
            <translation>atteint en {0}</translation>
        </message>
        <message>
            <source>not by {0}</source>
            <translation>pas d'ici {0}</translation>
        </message>
        <message>
            <source>not by {0} ({1} on this path)</source>
            <translation>pas d'ici {0} ({1} sur cette trajectoire)</translation>
        </message>
        <message>
            <source>not by {0} ({1} at constant growth rates)</source>
            <translation>pas d'ici {0} ({1} à taux de croissance constants)</translation>
        </message>
        <message>
            <source>short by {0:.2f} pp ({1})</source>
            <translation>manque {0:.2f} pt ({1})</translation>
        </message>
        <message>
            <source>above by {0:.2f} pp</source>
            <translation>dépassé de {0:.2f} pt</translation>
        </message>
        <message>
            <source>met exactly</source>
            <translation>atteint exactement</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Se maintient</translation>
        </message>
        <message>
            <source>At target year</source>
            <translation>L'année cible</translation>
        </message>
        <message>
            <source>Gap at target</source>
            <translation>Écart à la cible</translation>
        </message>
        <message>
            <source>Money needed</source>
            <translation>Montant nécessaire</translation>
        </message>
        <message>
            <source>Required growth</source>
            <translation>Croissance nécessaire</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>core</source>
            <translation>essentielles</translation>
        </message>
        <message>
            <source>{0} in total</source>
            <translation>{0} au total</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} %</source>
            <translation>{0} : {1:.2f} %</translation>
        </message>
        <message>
            <source>{0} a year</source>
            <translation>{0} par an</translation>
        </message>
        <message>
            <source>a fall of {0}</source>
            <translation>une baisse de {0}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>, lost</source>
            <translation>, perdu</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached (met = already in the base year; lost = falls back below it by {0}; – = not by {0}).</source>
            <translation>Les années indiquent quand chaque seuil est atteint pour la première fois (atteint = dès l'année de référence ; perdu = repasse en dessous d'ici {0} ; – = pas d'ici {0}).</translation>
        </message>
        <message>
            <source>constant share of GDP</source>
            <translation>part constante du PIB</translation>
        </message>
        <message>
            <source>growth at a rate</source>
            <translation>croissance à un taux</translation>
        </message>
        <message>
            <source>glide path to a share</source>
            <translation>trajectoire vers une part</translation>
        </message>
        <message>
            <source>an amount added each year</source>
            <translation>un montant ajouté chaque année</translation>
        </message>
        <message>
            <source>custom points</source>
            <translation>points personnalisés</translation>
        </message>
        <message>
            <source>IMF WEO October 2025 baseline</source>
            <translation>référence PEM du FMI d'octobre 2025</translation>
        </message>
        <message>
            <source>constant rates</source>
            <translation>taux constants</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nom du scénario</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notes du scénario</translation>
        </message>
        <message>
            <source>Ally (ISO3)</source>
            <translation>Allié (ISO3)</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>Édition OTAN</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Année de référence</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Économie</translation>
        </message>
        <message>
            <source>Real GDP growth (%/yr)</source>
            <translation>Croissance réelle du PIB (%/an)</translation>
        </message>
        <message>
            <source>GDP deflator inflation (%/yr)</source>
            <translation>Inflation du déflateur du PIB (%/an)</translation>
        </message>
        <message>
            <source>Real growth adjustment (pp)</source>
            <translation>Ajustement de la croissance réelle (pt)</translation>
        </message>
        <message>
            <source>Inflation adjustment (pp)</source>
            <translation>Ajustement de l'inflation (pt)</translation>
        </message>
        <message>
            <source>Per-year economy overrides</source>
            <translation>Valeurs économiques annuelles imposées</translation>
        </message>
        <message>
            <source>Core spending path</source>
            <translation>Trajectoire des dépenses essentielles</translation>
        </message>
        <message>
            <source>Core spending growth (%/yr)</source>
            <translation>Croissance des dépenses essentielles (%/an)</translation>
        </message>
        <message>
            <source>Growth is real (on top of inflation)</source>
            <translation>Croissance réelle (au-delà de l'inflation)</translation>
        </message>
        <message>
            <source>Glide path target (% of GDP)</source>
            <translation>Cible de la trajectoire (% du PIB)</translation>
        </message>
        <message>
            <source>Glide path target year</source>
            <translation>Année cible de la trajectoire</translation>
        </message>
        <message>
            <source>Yearly increment (bn, nominal)</source>
            <translation>Augmentation annuelle (Md, nominale)</translation>
        </message>
        <message>
            <source>Custom path points</source>
            <translation>Points de la trajectoire personnalisée</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Trajectoire des dépenses connexes</translation>
        </message>
        <message>
            <source>Related share (% of GDP)</source>
            <translation>Part connexe (% du PIB)</translation>
        </message>
        <message>
            <source>Related glide target (% of GDP)</source>
            <translation>Cible de la trajectoire connexe (% du PIB)</translation>
        </message>
        <message>
            <source>Related glide target year</source>
            <translation>Année cible de la trajectoire connexe</translation>
        </message>
        <message>
            <source>Related counted up to (% of GDP)</source>
            <translation>Dépenses connexes comptabilisées jusqu'à (% du PIB)</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Vérification de la trajectoire de La Haye</translation>
        </message>
        <message>
            <source>Extra spending against the baselines</source>
            <translation>Dépenses supplémentaires par rapport aux références</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Vos propres chiffres</translation>
        </message>
        <message>
            <source>Money needed, in one currency</source>
            <translation>Montants nécessaires, dans une seule monnaie</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Hypothèses</translation>
        </message>
        <message>
            <source>Year by year</source>
            <translation>Année par année</translation>
        </message>
        <message>
            <source>Method and caveats</source>
            <translation>Méthode et mises en garde</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Hypothèse</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>Ce scénario</translation>
        </message>
        <message>
            <source>Default (where changed)</source>
            <translation>Par défaut (si modifié)</translation>
        </message>
        <message>
            <source>Base year B is the latest year with a NATO figure for the ally. Core defence spending in B is NATO's share of GDP × IMF nominal GDP (derived, not published by NATO). GDP grows by real growth and GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); the IMF baseline uses WEO October 2025 rates to 2030 and holds the 2030 rates after. A threshold is reached in the first year whose share is at or above it. Required growth is the constant nominal growth of core spending from B that reaches the threshold in its target year: r* = ((value × GDP&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Related (defence- and security-related) spending counts towards the total up to 1.5 % of GDP. The Hague path check asks whether the core share never falls, reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from B to 3.5 % in 2035.</source>
            <translation>L'année de référence B est la dernière année pour laquelle l'OTAN publie un chiffre pour l'Allié. Les dépenses de défense essentielles de l'année B sont la part du PIB publiée par l'OTAN × le PIB nominal du FMI (valeur dérivée, non publiée par l'OTAN). Le PIB évolue selon la croissance réelle et l'inflation du déflateur du PIB : PIB&lt;sub&gt;t&lt;/sub&gt; = PIB&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p) ; la référence du FMI reprend les taux des PEM d'octobre 2025 jusqu'en 2030 et maintient ensuite ceux de 2030. Un seuil est atteint la première année où la part lui est égale ou supérieure. La croissance nécessaire est la croissance nominale constante des dépenses essentielles à partir de B qui atteint le seuil l'année cible : r* = ((valeur × PIB&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Les dépenses connexes (liées à la défense et à la sécurité) comptent dans le total jusqu'à 1,5 % du PIB. La vérification de la trajectoire de La Haye examine si la part essentielle ne baisse jamais, si elle atteint 3,5 % d'ici 2035 et où elle se situe en 2029 par rapport à une droite allant de B à 3,5 % en 2035.</translation>
        </message>
        <message>
            <source>Figures for 2025 and 2026 are NATO estimates; IMF figures after the last actual year (2024 for most allies) are projections. NATO's share of GDP (Table 3) is a ratio at 2021 prices; for the Netherlands it differs from spending ÷ nominal GDP. NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % unless set. NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK). Money is in the currency of the IMF figures, in billions at current prices, never converted silently.</source>
            <translation>Les chiffres de 2025 et 2026 sont des estimations de l'OTAN ; les chiffres du FMI postérieurs à la dernière année observée (2024 pour la plupart des Alliés) sont des projections. La part du PIB publiée par l'OTAN (tableau 3) est un ratio aux prix de 2021 ; pour les Pays-Bas, elle diffère du rapport dépenses ÷ PIB nominal. L'OTAN ne publie aucun chiffre par Allié pour les dépenses liées à la défense et à la sécurité ; elles sont donc de 0 % sauf indication contraire. L'année OTAN Y est l'exercice budgétaire qui en compte la plupart des mois (2025 = exercice 2025/26 pour le Canada et le Royaume-Uni). Les montants sont exprimés dans la monnaie des chiffres du FMI, en milliards aux prix courants, et ne sont jamais convertis à l'insu du lecteur.</translation>
        </message>
        <message>
            <source>already met</source>
            <translation>déjà atteint</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>reached, then falls below</source>
            <translation>atteint, puis repasse en dessous</translation>
        </message>
        <message>
            <source>met, then falls below</source>
            <translation>atteint, puis repasse en dessous</translation>
        </message>
        <message>
            <source>not used with {0}</source>
            <translation>non utilisé avec {0}</translation>
        </message>
        <message>
            <source>constant rates: {0} real growth, {1} inflation</source>
            <translation>taux constants : croissance réelle de {0}, inflation de {1}</translation>
        </message>
        <message>
            <source>, real growth {0:+g} pp</source>
            <translation>, croissance réelle {0:+g} pt</translation>
        </message>
        <message>
            <source>, inflation {0:+g} pp</source>
            <translation>, inflation {0:+g} pt</translation>
        </message>
        <message>
            <source>, own figures for {0}</source>
            <translation>, chiffres propres pour {0}</translation>
        </message>
        <message>
            <source>growth of {0} a year above inflation (real)</source>
            <translation>croissance de {0} par an au-delà de l'inflation (réelle)</translation>
        </message>
        <message>
            <source>growth of {0} a year (nominal)</source>
            <translation>croissance de {0} par an (nominale)</translation>
        </message>
        <message>
            <source>straight line to {0} of GDP by {1}</source>
            <translation>ligne droite jusqu'à {0} du PIB en {1}</translation>
        </message>
        <message>
            <source>adding {0:,.2f} bn {1} a year</source>
            <translation>ajout de {0:,.2f} Md {1} par an</translation>
        </message>
        <message>
            <source>cutting {0:,.2f} bn {1} a year</source>
            <translation>réduction de {0:,.2f} Md {1} par an</translation>
        </message>
        <message>
            <source>custom path: {0}</source>
            <translation>trajectoire personnalisée : {0}</translation>
        </message>
        <message>
            <source>{0}/yr real</source>
            <translation>{0}/an réel</translation>
        </message>
        <message>
            <source>{0}/yr</source>
            <translation>{0}/an</translation>
        </message>
        <message>
            <source>{0} by {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>{0:+g} bn/yr</source>
            <translation>{0:+g} Md/an</translation>
        </message>
        <message>
            <source>custom path</source>
            <translation>trajectoire personnalisée</translation>
        </message>
        <message>
            <source>constant share</source>
            <translation>part constante</translation>
        </message>
        <message>
            <source>{0} rising to {1} by {2}</source>
            <translation>{0} passant à {1} en {2}</translation>
        </message>
        <message>
            <source>{0} of GDP</source>
            <translation>{0} du PIB</translation>
        </message>
        <message>
            <source> (counted up to {0})</source>
            <translation> (comptabilisées jusqu'à {0})</translation>
        </message>
        <message>
            <source>{0}: {1} {2} by {3}</source>
            <translation>{0} : {1} {2} d'ici {3}</translation>
        </message>
        <message>
            <source>{0} reaches {1} in {2}</source>
            <translation>{0} atteint {1} en {2}</translation>
        </message>
        <message>
            <source>{1} is reached in {2}</source>
            <translation>{1} est atteint en {2}</translation>
        </message>
        <message>
            <source>{0} already meets {1}</source>
            <translation>{0} atteint déjà {1}</translation>
        </message>
        <message>
            <source>{1} is already met</source>
            <translation>{1} est déjà atteint</translation>
        </message>
        <message>
            <source>{0} does not reach {1} by {2}</source>
            <translation>{0} n'atteint pas {1} d'ici {2}</translation>
        </message>
        <message>
            <source>{1} is not reached by {2}</source>
            <translation>{1} n'est pas atteint d'ici {2}</translation>
        </message>
        <message>
            <source> to get there by {0}</source>
            <translation> pour y parvenir d'ici {0}</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year above inflation from {1}</source>
            <translation>Avec des dépenses de défense essentielles en hausse de {0} par an au-delà de l'inflation à partir de {1}</translation>
        </message>
        <message>
            <source>{0:+g} points</source>
            <translation>{0:+g} pt</translation>
        </message>
        <message>
            <source>Spain's position</source>
            <translation>Position de l'Espagne</translation>
        </message>
        <message>
            <source>Hague core, 2035</source>
            <translation>La Haye (essentielles), 2035</translation>
        </message>
        <message>
            <source>Hague total, 2035</source>
            <translation>La Haye (total), 2035</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, prix de {1}</translation>
        </message>
        <message>
            <source>Real growth on the IMF path (own inflation only)</source>
            <translation>Croissance réelle selon la trajectoire du FMI (inflation propre seulement)</translation>
        </message>
        <message>
            <source>Inflation on the IMF path (own real growth only)</source>
            <translation>Inflation selon la trajectoire du FMI (croissance réelle propre seulement)</translation>
        </message>
        <message>
            <source>Own nominal GDP path</source>
            <translation>Trajectoire propre du PIB nominal</translation>
        </message>
        <message>
            <source>Source of the own GDP path</source>
            <translation>Source de la trajectoire propre du PIB</translation>
        </message>
        <message>
            <source>Glide path never below the current share</source>
            <translation>Trajectoire jamais sous la part actuelle</translation>
        </message>
        <message>
            <source>Base-year spending from</source>
            <translation>Dépenses de l'année de référence selon</translation>
        </message>
        <message>
            <source>Own base-year share (% of GDP)</source>
            <translation>Part propre de l'année de référence (% du PIB)</translation>
        </message>
        <message>
            <source>Own base-year amount (bn)</source>
            <translation>Montant propre de l'année de référence (Md)</translation>
        </message>
        <message>
            <source>Currency of the money</source>
            <translation>Monnaie des montants</translation>
        </message>
        <message>
            <source>Extra spending measured against</source>
            <translation>Dépenses supplémentaires mesurées par rapport à</translation>
        </message>
        <message>
            <source>Own baseline amounts</source>
            <translation>Montants de la référence propre</translation>
        </message>
        <message>
            <source>Own baseline's name</source>
            <translation>Nom de la référence propre</translation>
        </message>
        <message>
            <source>Extra spending summed from</source>
            <translation>Dépenses supplémentaires additionnées à partir de</translation>
        </message>
        <message>
            <source>Extra spending summed to</source>
            <translation>Dépenses supplémentaires additionnées jusqu'à</translation>
        </message>
        <message>
            <source>Claim checked</source>
            <translation>Annonce vérifiée</translation>
        </message>
        <message>
            <source>not used: on its IMF path</source>
            <translation>non utilisé : suit la trajectoire du FMI</translation>
        </message>
        <message>
            <source>constant {0} real growth, inflation on its IMF path</source>
            <translation>croissance réelle constante de {0}, inflation selon la trajectoire du FMI</translation>
        </message>
        <message>
            <source>real growth on its IMF path, constant {0} inflation</source>
            <translation>croissance réelle selon la trajectoire du FMI, inflation constante de {0}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in real terms from {1}</source>
            <translation>Avec des dépenses de défense essentielles en baisse de {0} par an en volume à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending unchanged in real terms from {1}</source>
            <translation>Avec des dépenses de défense essentielles inchangées en volume à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year in cash terms from {1}</source>
            <translation>Avec des dépenses de défense essentielles en hausse de {0} par an en valeur nominale à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in cash terms from {1}</source>
            <translation>Avec des dépenses de défense essentielles en baisse de {0} par an en valeur nominale à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending frozen in cash terms from {1}</source>
            <translation>Avec des dépenses de défense essentielles gelées en valeur nominale à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1} (the glide target {2} is below it)</source>
            <translation>Avec des dépenses de défense essentielles maintenues à {0:.2f} % du PIB à partir de {1} (la cible de la trajectoire, {2}, est inférieure)</translation>
        </message>
        <message>
            <source>With core defence spending on a straight line from {0:.2f} % of GDP in {1} to {2} by {3}</source>
            <translation>Avec des dépenses de défense essentielles passant en ligne droite de {0:.2f} % du PIB en {1} à {2} en {3}</translation>
        </message>
        <message>
            <source>With {0} added to core defence spending each year from {1}</source>
            <translation>Avec {0} ajoutés chaque année aux dépenses de défense essentielles à partir de {1}</translation>
        </message>
        <message>
            <source>With {0} taken off core defence spending each year from {1}</source>
            <translation>Avec {0} retranchés chaque année des dépenses de défense essentielles à partir de {1}</translation>
        </message>
        <message>
            <source>With core defence spending following the custom path from {0}</source>
            <translation>Avec des dépenses de défense essentielles suivant la trajectoire personnalisée à partir de {0}</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1}</source>
            <translation>Avec des dépenses de défense essentielles maintenues à {0:.2f} % du PIB à partir de {1}</translation>
        </message>
        <message>
            <source> even though core spending could fall {0:.1f} % a year in cash terms from {1} and still get there{2}</source>
            <translation> alors même que les dépenses essentielles pourraient baisser de {0:.1f} % par an en valeur nominale à partir de {1} tout en y parvenant{2}</translation>
        </message>
        <message>
            <source> even though spending could fall {0:.1f} % a year and still get there{2}</source>
            <translation> alors même que les dépenses pourraient baisser de {0:.1f} % par an tout en y parvenant{2}</translation>
        </message>
        <message>
            <source> and would need core spending to grow {0:.1f} % a year in cash terms from {1}{2}</source>
            <translation> et les dépenses essentielles devraient croître de {0:.1f} % par an en valeur nominale à partir de {1}{2}</translation>
        </message>
        <message>
            <source> and would need {0:.1f} % a year{2}</source>
            <translation> et il faudrait {0:.1f} % par an{2}</translation>
        </message>
        <message>
            <source>{0}, {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.</source>
            <translation>{0}, {1} consacre {2:.2f} % du PIB en {3} ; aucun seuil n'est activé.</translation>
        </message>
        <message>
            <source>{0} (related spending assumed at 0 %)</source>
            <translation>{0} (dépenses connexes supposées à 0 %)</translation>
        </message>
        <message>
            <source> but is on this path in {0}, by the {1} target</source>
            <translation> mais y parvient sur cette trajectoire en {0}, avant l'objectif de {1}</translation>
        </message>
        <message>
            <source> (but falls below it again)</source>
            <translation> (mais repasse ensuite en dessous)</translation>
        </message>
        <message>
            <source>credible: the core share never falls and reaches 3.5 % by 2035</source>
            <translation>crédible : la part essentielle ne baisse jamais et atteint 3,5 % d'ici 2035</translation>
        </message>
        <message>
            <source>not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %</source>
            <translation>pas une trajectoire vers 3,5 % d'ici 2035 : la part essentielle en 2035 est de {0:.2f} %</translation>
        </message>
        <message>
            <source>reaches 3.5 % by 2035 but the core share falls on the way</source>
            <translation>atteint 3,5 % d'ici 2035, mais la part essentielle baisse en chemin</translation>
        </message>
        <message>
            <source>on the line</source>
            <translation>sur la droite</translation>
        </message>
        <message>
            <source>{0:.2f} pp above the line</source>
            <translation>{0:.2f} pt au-dessus de la droite</translation>
        </message>
        <message>
            <source>{0:.2f} pp below the line</source>
            <translation>{0:.2f} pt sous la droite</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>en bonne voie</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in 2035 ({2}, {3}).</source>
            <translation>Au réexamen de 2029 : {0:.2f} %, contre {1:.2f} % sur la droite menant à 3,5 % en 2035 ({2}, {3}).</translation>
        </message>
        <message>
            <source>Hague path check: {0}.</source>
            <translation>Vérification de la trajectoire de La Haye : {0}.</translation>
        </message>
        <message>
            <source>the same as {0}</source>
            <translation>autant qu'avec {0}</translation>
        </message>
        <message>
            <source>{0} less than {1}</source>
            <translation>{0} de moins qu'avec {1}</translation>
        </message>
        <message>
            <source>{0} more than {1}</source>
            <translation>{0} de plus qu'avec {1}</translation>
        </message>
        <message>
            <source>a constant share</source>
            <translation>une part constante</translation>
        </message>
        <message>
            <source>a cash freeze</source>
            <translation>un gel en valeur nominale</translation>
        </message>
        <message>
            <source>a real freeze</source>
            <translation>un gel en volume</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}, {5}.</source>
            <translation>Dépenses essentielles {0}–{1}, en cumulé : {2}, {3}, {4}, {5}.</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
            <translation>Dépenses essentielles {0}–{1}, en cumulé : {2}, {3}, {4}.</translation>
        </message>
        <message>
            <source>Amounts in {0} prices.</source>
            <translation>Montants aux prix de {0}.</translation>
        </message>
        <message>
            <source>Money is in billions of national currency, current prices; projected spending is derived (share × GDP), not published by NATO.</source>
            <translation>Les montants sont en milliards de monnaie nationale, prix courants ; les dépenses projetées sont dérivées (part × PIB), non publiées par l'OTAN.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending; it is 0 % of GDP unless the scenario sets it.</source>
            <translation>L'OTAN ne publie aucun chiffre par Allié pour les dépenses liées à la défense et à la sécurité ; elles sont de 0 % du PIB sauf si le scénario les fixe.</translation>
        </message>
        <message>
            <source>NATO defines defence expenditure as payments made by a national government specifically to meet the needs of its armed forces, those of Allies or of the Alliance: personnel (including pensions), operations and maintenance, equipment, infrastructure and research and development. Since the 2026 edition NATO calls it core defence expenditure.</source>
            <translation>L'OTAN définit les dépenses de défense comme les paiements effectués par un gouvernement national spécifiquement pour répondre aux besoins de ses forces armées, de celles des Alliés ou de l'Alliance : personnel (pensions comprises), fonctionnement et maintenance, équipements, infrastructures, et recherche et développement. Depuis l'édition 2026, l'OTAN parle de dépenses de défense essentielles.</translation>
        </message>
        <message>
            <source>The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.</source>
            <translation>La Haye 2025 : au moins 3,5 % du PIB par an pour les besoins de défense essentiels d'ici 2035, plus jusqu'à 1,5 % pour protéger les infrastructures critiques, défendre les réseaux, assurer la préparation et la résilience civiles, libérer l'innovation et renforcer la base industrielle de défense.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % of GDP here: the total equals core and a total threshold counts core spending only.</source>
            <translation>L'OTAN ne publie aucun chiffre par Allié pour les dépenses liées à la défense et à la sécurité ; elles sont donc de 0 % du PIB ici : le total égale les dépenses essentielles et un seuil total ne compte que celles-ci.</translation>
        </message>
        <message>
            <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO's Hague rule); this path reaches {1:.2f} %.</source>
            <translation>Au-delà de {0:g} % du PIB, les dépenses connexes ne comptent que jusqu'à {0:g} % dans le total (règle de La Haye de l'OTAN) ; cette trajectoire atteint {1:.2f} %.</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>se maintient</translation>
        </message>
        <message>
            <source>falls below again</source>
            <translation>repasse en dessous</translation>
        </message>
        <message>
            <source>reached · holds</source>
            <translation>atteint · se maintient</translation>
        </message>
        <message>
            <source>reached · falls below again</source>
            <translation>atteint · repasse en dessous</translation>
        </message>
        <message>
            <source>{0} at constant growth rates</source>
            <translation>{0} à taux de croissance constants</translation>
        </message>
        <message>
            <source>{0} on this path</source>
            <translation>{0} sur cette trajectoire</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>could fall {0:.1f} % a year from {1} (nominal)</source>
            <translation>pourrait baisser de {0:.1f} % par an à partir de {1} (nominal)</translation>
        </message>
        <message>
            <source>needs {0:.1f} % a year from {1} (nominal)</source>
            <translation>exige {0:.1f} % par an à partir de {1} (nominal)</translation>
        </message>
        <message>
            <source>Money in {0}: NATO publishes {1}; the projection derives {2} (NATO share × IMF GDP), {3:+.0f} %. The money chart marks the step.</source>
            <translation>Montants en {0} : l'OTAN publie {1} ; la projection dérive {2} (part OTAN × PIB du FMI), {3:+.0f} %. Le graphique des montants signale la marche.</translation>
        </message>
        <message>
            <source>Chart of {0}'s defence spending, {1}–{2}.</source>
            <translation>Graphique : dépenses de défense, {0}, {1}–{2}.</translation>
        </message>
        <message>
            <source>History (NATO, solid line): core spending was {0} of GDP in {1} and {2} in {3}.</source>
            <translation>Historique (OTAN, trait plein) : les dépenses essentielles étaient de {0} du PIB en {1} et de {2} en {3}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share goes from {1} in {2} to {3} in {4}.</source>
            <translation>Projection (tirets) : {0}, la part essentielle passe de {1} en {2} à {3} en {4}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share stays at {1} from {2} to {3}.</source>
            <translation>Projection (tirets) : {0}, la part essentielle reste à {1} de {2} à {3}.</translation>
        </message>
        <message>
            <source>It is highest in {1}, at {0}.</source>
            <translation>Elle culmine en {1}, à {0}.</translation>
        </message>
        <message>
            <source>With related spending counted, the total share is {0} in {1}.</source>
            <translation>Avec les dépenses connexes comptabilisées, la part totale est de {0} en {1}.</translation>
        </message>
        <message>
            <source>Threshold line {0}: {1}.</source>
            <translation>Ligne de seuil {0} : {1}.</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Aucun seuil n'est activé.</translation>
        </message>
        <message>
            <source>Money chart: core spending goes from {0} in {1} to {2} in {3}.</source>
            <translation>Graphique des montants : les dépenses essentielles passent de {0} en {1} à {2} en {3}.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scénarios côte à côte</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Current: {0}</source>
            <translation>Actuel : {0}</translation>
        </message>
        <message>
            <source>{0} {1}
by {2}</source>
            <translation>{0} {1}
en {2}</translation>
        </message>
        <message>
            <source>Core share
in {0}</source>
            <translation>Part essentielle
en {0}</translation>
        </message>
        <message>
            <source>Total share
in {0}</source>
            <translation>Part totale
en {0}</translation>
        </message>
        <message>
            <source>Extra vs {0}
cumulative to {1}</source>
            <translation>Suppl. / {0}
cumulé jusqu'en {1}</translation>
        </message>
        <message>
            <source>{0}, lost</source>
            <translation>{0}, perdu</translation>
        </message>
        <message>
            <source>not by {0} ({1})</source>
            <translation>pas d'ici {0} ({1})</translation>
        </message>
        <message>
            <source>{0} (to {1})</source>
            <translation>{0} (jusqu'en {1})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>identique</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached; “lost”: the share falls back below it by the horizon; “not by 2035 (2041)”: reached in 2041 if the path runs on. Extra spending is core spending above the baseline, summed from the year after each scenario's base year, in the ally's currency.</source>
            <translation>Les années indiquent quand chaque seuil est atteint pour la première fois ; « perdu » : la part repasse en dessous avant l'horizon ; « pas d'ici 2035 (2041) » : atteint en 2041 si la trajectoire se prolonge. Les dépenses supplémentaires sont les dépenses essentielles au-delà de la référence, cumulées à partir de l'année suivant l'année de référence de chaque scénario, dans la monnaie de l'Allié.</translation>
        </message>
        <message>
            <source>The EU measures defence by COFOG division 02 (national accounts); this app has NATO's figures only, so NATO's core share stands in for COFOG 02.</source>
            <translation>L'UE mesure la défense selon la division 02 de la CFAP (comptes nationaux) ; cette application ne dispose que des chiffres de l'OTAN, la part essentielle de l'OTAN tient donc lieu de CFAP 02.</translation>
        </message>
        <message>
            <source>Germany: since March 2025 defence and some security spending above 1 % of GDP is exempt from the debt brake, on a broader definition than NATO's (also civil protection, intelligence, IT security and aid to states under attack).</source>
            <translation>Allemagne : depuis mars 2025, les dépenses de défense et certaines dépenses de sécurité au-delà de 1 % du PIB échappent au frein à l'endettement, selon une définition plus large que celle de l'OTAN (aussi la protection civile, le renseignement, la sécurité informatique et l'aide aux États attaqués).</translation>
        </message>
        <message>
            <source>borrowed at {0}</source>
            <translation>empruntées à {0}</translation>
        </message>
        <message>
            <source>paid for by taxes or cuts (nothing borrowed; interest {0})</source>
            <translation>financées par l'impôt ou des économies (aucun emprunt ; intérêt {0})</translation>
        </message>
        <message>
            <source>{0} borrowed at {1} and the rest paid for by taxes or cuts</source>
            <translation>{0} empruntés à {1} et le reste financé par l'impôt ou des économies</translation>
        </message>
        <message>
            <source>{0}, this leaves debt unchanged by {1}</source>
            <translation>{0}, la dette reste inchangée d'ici {1}</translation>
        </message>
        <message>
            <source>{0}, this adds {1:.1f} points to debt by {2}</source>
            <translation>{0}, la dette augmente de {1:.1f} points d'ici {2}</translation>
        </message>
        <message>
            <source>{0}, this lowers debt by {1:.1f} points by {2}</source>
            <translation>{0}, la dette baisse de {1:.1f} points d'ici {2}</translation>
        </message>
        <message>
            <source>By {0} general government gross debt is {1:.1f} % of GDP, against {2:.1f} % without the extra spending ({3:+.1f} points); the extra debt is {4} and the extra deficit {5:.2f} % of GDP that year, with interest at {6} a year on the extra debt.</source>
            <translation>En {0}, la dette brute des administrations publiques atteint {1:.1f} % du PIB, contre {2:.1f} % sans les dépenses supplémentaires ({3:+.1f} points) ; la dette supplémentaire s'élève à {4} et le déficit supplémentaire à {5:.2f} % du PIB cette année-là, avec un intérêt de {6} par an sur la dette supplémentaire.</translation>
        </message>
        <message>
            <source>Fiscal assumptions: the extra spending is core and related spending above {0}, from {1}; {2} of it is borrowed at an effective interest rate of {3} a year (nominal; an assumption, as the IMF publishes no such rate) and the rest is paid for by taxes or cuts elsewhere. The extra spending does not change GDP. Debt without it: the IMF's gross debt (WEO October 2025) to 2030, then rising by the IMF's 2030 deficit.</source>
            <translation>Hypothèses budgétaires : les dépenses supplémentaires sont les dépenses essentielles et connexes au-delà de {0}, à partir de {1} ; {2} en sont empruntés à un taux d'intérêt effectif de {3} par an (nominal ; une hypothèse, le FMI ne publiant pas ce taux) et le reste est financé par l'impôt ou des économies ailleurs. Les dépenses supplémentaires ne modifient pas le PIB. Dette sans elles : la dette brute du FMI (PEM d'octobre 2025) jusqu'en 2030, puis augmentée chaque année du déficit de 2030 du FMI.</translation>
        </message>
        <message>
            <source>All of the extra spending is borrowed: no tax rise or cut pays for it.</source>
            <translation>La totalité des dépenses supplémentaires est empruntée : aucune hausse d'impôt ni économie ne les finance.</translation>
        </message>
        <message>
            <source>In {0} spending is not above {1}: there is nothing to pay for.</source>
            <translation>En {0}, les dépenses ne dépassent pas {1} : il n'y a rien à financer.</translation>
        </message>
        <message>
            <source>The part not borrowed in {0}, {1}, takes a tax rise of {2:.2f} % of GDP ({3:.1f} % of general government revenue), or a cut of {4:.1f} % in other government spending.</source>
            <translation>La part non empruntée en {0}, {1}, exige une hausse d'impôts de {2:.2f} % du PIB ({3:.1f} % des recettes des administrations publiques) ou une réduction de {4:.1f} % des autres dépenses publiques.</translation>
        </message>
        <message>
            <source>{0} is not in the EU: its escape clause does not apply.</source>
            <translation>{0} n'est pas membre de l'UE : la clause dérogatoire ne s'applique pas.</translation>
        </message>
        <message>
            <source>The EU national escape clause is switched off here; the Council activated it for {0} on 8 July 2025 (as reported).</source>
            <translation>La clause dérogatoire nationale de l'UE est désactivée ici ; le Conseil l'a activée pour {0} le 8 juillet 2025 (selon les informations disponibles).</translation>
        </message>
        <message>
            <source>The EU national escape clause is not activated for {0}: the Council activated it on 8 July 2025 for 15 states, {0} not among them (as reported). Switch it on to see what it would cover.</source>
            <translation>La clause dérogatoire nationale de l'UE n'est pas activée pour {0} : le Conseil l'a activée le 8 juillet 2025 pour 15 États, dont {0} ne fait pas partie (selon les informations disponibles). Activez-la pour voir ce qu'elle couvrirait.</translation>
        </message>
        <message>
            <source>The EU national escape clause covers 2025 to 2028; this scenario ends before 2028 or has no 2021 figure.</source>
            <translation>La clause dérogatoire nationale de l'UE couvre 2025 à 2028 ; ce scénario s'arrête avant 2028 ou n'a pas de chiffre pour 2021.</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025, as reported</source>
            <translation>activée par le Conseil le 8 juillet 2025, selon les informations disponibles</translation>
        </message>
        <message>
            <source>switched on here; the Council has not</source>
            <translation>activée ici ; le Conseil ne l'a pas fait</translation>
        </message>
        <message>
            <source>EU national escape clause ({0}): from 2025 to 2028 the rise of the core share above its 2021 level of {1:.2f} % is covered up to 1.5 points of GDP; in 2028 {2:.2f} points are covered and {3:.2f} are not.</source>
            <translation>Clause dérogatoire nationale de l'UE ({0}) : de 2025 à 2028, la hausse de la part essentielle au-delà de son niveau de 2021 ({1:.2f} %) est couverte jusqu'à 1,5 point de PIB ; en 2028, {2:.2f} points sont couverts et {3:.2f} ne le sont pas.</translation>
        </message>
        <message>
            <source>After 2028 nothing is covered (the 2028 cliff): in {0} all {1:.2f} points of the rise are outside the clause.</source>
            <translation>Après 2028, plus rien n'est couvert (la falaise de 2028) : en {0}, les {1:.2f} points de la hausse sont tous hors de la clause.</translation>
        </message>
        <message>
            <source>On this path the core share is {0:.2f} % of GDP in {1}: {2:.2f} points above 1 %.</source>
            <translation>Sur cette trajectoire, la part essentielle est de {0:.2f} % du PIB en {1} : {2:.2f} points au-dessus de 1 %.</translation>
        </message>
        <message>
            <source>NATO share × IMF GDP (derived)</source>
            <translation>part OTAN × PIB du FMI (dérivé)</translation>
        </message>
        <message>
            <source>user's figure (share of GDP)</source>
            <translation>chiffre de l'utilisateur (part du PIB)</translation>
        </message>
        <message>
            <source>user's figure (amount)</source>
            <translation>chiffre de l'utilisateur (montant)</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>dépenses publiées par l'OTAN</translation>
        </message>
        <message>
            <source>the user's own baseline</source>
            <translation>la référence propre de l'utilisateur</translation>
        </message>
        <message>
            <source>Extra vs {0}</source>
            <translation>Supplément par rapport à {0}</translation>
        </message>
        <message>
            <source>current prices</source>
            <translation>prix courants</translation>
        </message>
        <message>
            <source>in {0} prices</source>
            <translation>aux prix de {0}</translation>
        </message>
        <message>
            <source>Base-year spending ({0}): {1}, {2} = {3} of GDP</source>
            <translation>Dépenses de l'année de référence ({0}) : {1}, {2} = {3} du PIB</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>non précisée</translation>
        </message>
        <message>
            <source>GDP: own figures {0} (source: {1}); constant nominal growth between them, the economy path's growth after the last</source>
            <translation>PIB : chiffres propres {0} (source : {1}) ; croissance nominale constante entre eux, puis croissance de la trajectoire économique après le dernier</translation>
        </message>
        <message>
            <source>Real growth and inflation: IMF path</source>
            <translation>Croissance réelle et inflation : trajectoire du FMI</translation>
        </message>
        <message>
            <source>Real growth: IMF path; inflation: constant {0}</source>
            <translation>Croissance réelle : trajectoire du FMI ; inflation : constante, {0}</translation>
        </message>
        <message>
            <source>Inflation: IMF path; real growth: constant {0}</source>
            <translation>Inflation : trajectoire du FMI ; croissance réelle : constante, {0}</translation>
        </message>
        <message>
            <source>Money: billions of {0}, {1}</source>
            <translation>Montants : milliards de {0}, {1}</translation>
        </message>
        <message>
            <source>; converted from {0} at the fixed rate {1:.5f} {0} per {2}</source>
            <translation>; converti depuis {0} au taux fixe de {1:.5f} {0} pour 1 {2}</translation>
        </message>
        <message>
            <source>; converted from {0} at the exchange rate implied by the IMF (NGDP / NGDPD{3}), {1:.4f} {2} per {0} in {4}, {5}</source>
            <translation>; converti depuis {0} au taux de change implicite du FMI (NGDP / NGDPD{3}), {1:.4f} {2} pour 1 {0} en {4}, {5}</translation>
        </message>
        <message>
            <source>; EUR via Germany's implied rate</source>
            <translation>; EUR via le taux implicite de l'Allemagne</translation>
        </message>
        <message>
            <source>the base year's rate for every year</source>
            <translation>le taux de l'année de référence pour chaque année</translation>
        </message>
        <message>
            <source>each year's rate, held at its 2030 value after 2030</source>
            <translation>le taux de chaque année, maintenu à sa valeur de 2030 après 2030</translation>
        </message>
        <message>
            <source>Claim check: {0:,.2f} bn {9} being {1:g} % of GDP in {2} implies GDP of {3:,.2f} bn {9}, nominal growth of {4:.2f} % a year from {8}; the IMF path has {5:,.2f} bn {9} ({6:.2f} % a year), so the claim's GDP is {7:+.1f} % against the IMF's</source>
            <translation>Vérification de l'affirmation : {0:,.2f} Md {9} représentant {1:g} % du PIB en {2} supposent un PIB de {3:,.2f} Md {9}, soit une croissance nominale de {4:.2f} % par an depuis {8} ; la trajectoire du FMI donne {5:,.2f} Md {9} ({6:.2f} % par an), le PIB de l'affirmation s'écarte donc de {7:+.1f} % de celui du FMI</translation>
        </message>
        <message>
            <source>Base-year core spending</source>
            <translation>Dépenses essentielles de l'année de référence</translation>
        </message>
        <message>
            <source>Base-year core spending ({0})</source>
            <translation>Dépenses essentielles de l'année de référence ({0})</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>fourni</translation>
        </message>
        <message>
            <source>Equipment: {0:.1f}% of defence spending in {1} ({2} NATO's {3:g}% guideline); {3:g}% of the projected budget is {4} in the base year and {5} at the horizon. Source: {6}.</source>
            <translation>Équipements : {0:.1f}% des dépenses de défense en {1} ({2} la ligne directrice de {3:g}% de l'OTAN) ; {3:g}% du budget projeté représentent {4} l'année de référence et {5} à l'horizon. Source : {6}.</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Ce qui a changé d'une édition à l'autre</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets. A (the figures of this report): {1}. B: {2}.</source>
            <translation>{0} : le même scénario sur deux jeux de données. A (les chiffres de ce rapport) : {1}. B : {2}.</translation>
        </message>
        <message>
            <source>NATO revises past years in every edition and adds a new estimate, so the base share, the base-year money and with them the crossing years can move although no assumption changed.</source>
            <translation>L'OTAN révise les années passées à chaque édition et ajoute une nouvelle estimation : la part de l'année de référence, son montant et avec eux les années de franchissement peuvent changer sans qu'aucune hypothèse n'ait changé.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A : {0}</translation>
        </message>
        <message>
            <source>B: {0}</source>
            <translation>B : {0}</translation>
        </message>
        <message>
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <source>NATO's equipment guideline (20%)</source>
            <translation>Ligne directrice de l'OTAN pour les équipements (20%)</translation>
        </message>
        <message>
            <source>Equipment, % of defence spending</source>
            <translation>Équipements, % des dépenses de défense</translation>
        </message>
        <message>
            <source>Personnel, % of defence spending</source>
            <translation>Personnel, % des dépenses de défense</translation>
        </message>
        <message>
            <source>Core spending ({0})</source>
            <translation>Dépenses essentielles ({0})</translation>
        </message>
        <message>
            <source>20% of it for equipment ({0})</source>
            <translation>20% pour les équipements ({0})</translation>
        </message>
        <message>
            <source>Shares as NATO published them in edition {0} (e: estimate); the money is 20% of this scenario's projected core spending, which the guideline asks to go to major equipment and its research and development.</source>
            <translation>Parts telles que publiées par l'OTAN dans l'édition {0} (e : estimation) ; le montant correspond à 20% des dépenses essentielles projetées de ce scénario, que la ligne directrice demande de consacrer aux équipements majeurs et à la recherche et au développement associés.</translation>
        </message>
        <message>
            <source>% of defence spending</source>
            <translation>% des dépenses de défense</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Personnel</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>NATO guideline: 20% on equipment</source>
            <translation>Ligne directrice de l'OTAN : 20% pour les équipements</translation>
        </message>
        <message>
            <source>{0}: {1}. Source: {2}.</source>
            <translation>{0} : {1}. Source : {2}.</translation>
        </message>
        <message>
            <source>Chart: {0}, {1}, equipment and personnel as % of defence spending, as published in {2} (Table 8a; hollow: estimate).</source>
            <translation>Graphique : {0}, {1}, équipements et personnel en % des dépenses de défense, tels que publiés dans {2} (tableau 8a ; creux : estimation).</translation>
        </message>
        <message>
            <source>core spending would fall below zero; it is held at zero from then on</source>
            <translation>les dépenses essentielles deviendraient négatives ; elles sont maintenues à zéro à partir de là</translation>
        </message>
        <message>
            <source>NATO's {0} edition has no {1} figure for {2}, so the base year is {3}</source>
            <translation>L'édition {0} de l'OTAN ne donne aucun chiffre {1} pour {2} : l'année de référence est donc {3}</translation>
        </message>
        <message>
            <source>Iceland has no armed forces; NATO publishes no defence expenditure figure for it.</source>
            <translation>L'Islande n'a pas de forces armées ; l'OTAN ne publie aucun chiffre de dépenses de défense pour elle.</translation>
        </message>
        <message>
            <source>Values are copied as published; nothing is rounded, interpolated or estimated.</source>
            <translation>Les valeurs sont reprises telles que publiées ; rien n'est arrondi, interpolé ni estimé.</translation>
        </message>
        <message>
            <source>NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK).</source>
            <translation>L'année OTAN A est l'exercice budgétaire qui en compte la plupart des mois (2025 = exercice 2025/26 pour le Canada et le Royaume-Uni).</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending (the 1.5% category).</source>
            <translation>L'OTAN ne publie aucun chiffre par Allié pour les dépenses liées à la défense et à la sécurité (la catégorie de 1,5 %).</translation>
        </message>
        <message>
            <source>derived: NATO share × IMF GDP</source>
            <translation>dérivé : part OTAN × PIB du FMI</translation>
        </message>
        <message>
            <source>user's figure: share of GDP × IMF GDP</source>
            <translation>chiffre de l'utilisateur : part du PIB × PIB du FMI</translation>
        </message>
        <message>
            <source>user's figure: amount</source>
            <translation>chiffre de l'utilisateur : montant</translation>
        </message>
        <message>
            <source>{0:g}% {1}</source>
            <translation>{0:g} % {1}</translation>
        </message>
        <message>
            <source>The glide target {0} is below the current share {1}: never below the current share, so the share is held at {1} (allow cuts to glide down)</source>
            <translation>La cible de la trajectoire ({0}) est inférieure à la part actuelle ({1}) : jamais sous la part actuelle, la part est donc maintenue à {1} (autorisez les réductions pour descendre)</translation>
        </message>
        <message>
            <source>NATO Europe and Canada</source>
            <translation>OTAN Europe et Canada</translation>
        </message>
        <message>
            <source>All allies</source>
            <translation>Tous les Alliés</translation>
        </message>
        <message>
            <source>Totals in billions of {0}, {1}, each ally converted at its exchange rate implied by the IMF (NGDP / NGDPD). Money needed: in the target year alone (that year's gap), and over {2}–{3} (each year's shortfall below a straight line from the base year to the threshold, summed)</source>
            <translation>Totaux en milliards de {0}, {1}, chaque Allié converti à son taux de change implicite du FMI (NGDP / NGDPD). Montants nécessaires : pour la seule année cible (l'écart de cette année), et sur {2}–{3} (le manque de chaque année sous une ligne droite de l'année de base au seuil, additionné)</translation>
        </message>
        <message>
            <source>{0}: core spending {1} in the base year, {2} in {3}</source>
            <translation>{0} : dépenses de défense essentielles de {1} l'année de base, {2} en {3}</translation>
        </message>
        <message>
            <source>{0}, {1} {2} by {3}</source>
            <translation>{0}, {1} {2} d'ici {3}</translation>
        </message>
        <message>
            <source>nothing more: met on this path</source>
            <translation>rien de plus : atteint sur cette trajectoire</translation>
        </message>
        <message>
            <source>{0} more in {1} alone; {2} over {3}–{4}</source>
            <translation>{0} de plus pour la seule année {1} ; {2} sur {3}–{4}</translation>
        </message>
        <message>
            <source>credible: the core share stays at or above 3.5 % through 2035</source>
            <translation>crédible : la part essentielle reste à 3,5 % ou plus jusqu'en 2035</translation>
        </message>
        <message>
            <source>How sure is that year?</source>
            <translation>Quelle certitude pour cette année ?</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Fiche du modèle</translation>
        </message>
        <message>
            <source>Method: AR(1) shocks to real growth and to GDP-deflator inflation around the economy path</source>
            <translation>Méthode : chocs AR(1) sur la croissance réelle et sur l'inflation du déflateur du PIB autour de la trajectoire économique</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}</source>
            <translation>Estimé sur l'historique du FMI {0}–{1}</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}, without {2}</source>
            <translation>Estimé sur l'historique du FMI {0}–{1}, sans {2}</translation>
        </message>
        <message>
            <source>Persistence, volatility and correlation set by the user</source>
            <translation>Persistance, volatilité et corrélation fixées par l'utilisateur</translation>
        </message>
        <message>
            <source>Real growth: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year</source>
            <translation>Croissance réelle : persistance ρ {0:.2f}, volatilité σ {1:.2f} pt par an</translation>
        </message>
        <message>
            <source>Inflation: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year; correlation {2:+.2f}</source>
            <translation>Inflation : persistance ρ {0:.2f}, volatilité σ {1:.2f} pt par an ; corrélation {2:+.2f}</translation>
        </message>
        <message>
            <source>{0:,} draws, seed {1}</source>
            <translation>{0:,} tirages, graine {1}</translation>
        </message>
        <message>
            <source>Execution risk: each year {0} of planned core spending on average not spent (spread {1} pp)</source>
            <translation>Risque d'exécution : chaque année, {0} des dépenses essentielles prévues ne sont pas dépensés en moyenne (dispersion {1} pt)</translation>
        </message>
        <message>
            <source>{0} by {1}: {2}</source>
            <translation>{0} d'ici {1} : {2}</translation>
        </message>
        <message>
            <source>This path is fixed as a share of GDP: the share does not spread, the money does.</source>
            <translation>Cette trajectoire est fixée en part du PIB : la part ne varie pas, les montants si.</translation>
        </message>
        <message>
            <source>This path is fixed in money: the money does not spread, the share of GDP does.</source>
            <translation>Cette trajectoire est fixée en montants : les montants ne varient pas, la part du PIB si.</translation>
        </message>
        <message>
            <source>Both the money and the share of GDP spread on this path.</source>
            <translation>Sur cette trajectoire, les montants comme la part du PIB varient.</translation>
        </message>
        <message>
            <source>{0}–{1} % band</source>
            <translation>bande {0}–{1} %</translation>
        </message>
        <message>
            <source>{0}th percentile</source>
            <translation>{0}e centile</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Année cible</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>Most likely crossing</source>
            <translation>Franchissement le plus probable</translation>
        </message>
        <message>
            <source>Not by the horizon</source>
            <translation>Pas avant l'horizon</translation>
        </message>
        <message>
            <source>Year first reached: {0}</source>
            <translation>Année de premier franchissement : {0}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Share of draws</source>
            <translation>Part des tirages</translation>
        </message>
        <message>
            <source>Sensitivity: one assumption moved at a time</source>
            <translation>Sensibilité : une hypothèse modifiée à la fois</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Croissance réelle</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Core spending growth</source>
            <translation>Croissance des dépenses essentielles</translation>
        </message>
        <message>
            <source>{0} {1:+g} pp a year</source>
            <translation>{0} {1:+g} pt par an</translation>
        </message>
        <message>
            <source>Central case</source>
            <translation>Cas central</translation>
        </message>
        <message>
            <source>{0} {1}: year · share in {2}</source>
            <translation>{0} {1} : année · part en {2}</translation>
        </message>
        <message>
            <source>Real growth and inflation move in every projected year; core spending grows the step faster or slower each year than planned.</source>
            <translation>La croissance réelle et l'inflation varient chaque année projetée ; les dépenses essentielles croissent chaque année du pas plus vite ou moins vite que prévu.</translation>
        </message>
        <message>
            <source>The shaded band on the chart holds the middle 80 % of {0} draws (10th to 90th percentile), the lighter one 90 % (5th to 95th).</source>
            <translation>La bande ombrée du graphique contient les 80 % centraux des {0} tirages (du 10e au 90e centile), la plus claire 90 % (du 5e au 95e).</translation>
        </message>
        <message>
            <source>The band of the core share and of core money (pN: the Nth percentile of the draws)</source>
            <translation>La bande de la part essentielle et des montants essentiels (pN : le N-ième centile des tirages)</translation>
        </message>
        <message>
            <source>Core % p{0}</source>
            <translation>Essentielles % p{0}</translation>
        </message>
        <message>
            <source>Core bn {1} p{0}</source>
            <translation>Essentielles Md {1} p{0}</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Part essentielle, du 10e au 90e centile des tirages</translation>
        </message>
        <message>
            <source>{0} by {1}: …</source>
            <translation>{0} d'ici {1} : …</translation>
        </message>
        <message>
            <source>constant base-year prices</source>
            <translation>prix constants de l'année de référence</translation>
        </message>
        <message>
            <source>national currency</source>
            <translation>monnaie nationale</translation>
        </message>
        <message>
            <source>US dollars (IMF implied rate)</source>
            <translation>dollars des États-Unis (taux implicite du FMI)</translation>
        </message>
        <message>
            <source>euros (IMF implied rate)</source>
            <translation>euros (taux implicite du FMI)</translation>
        </message>
        <message>
            <source>Dataset: {0} (bundled)</source>
            <translation>Jeu de données : {0} (fourni)</translation>
        </message>
        <message>
            <source>Dataset: {0} (imported {1})</source>
            <translation>Jeu de données : {0} (importé le {1})</translation>
        </message>
        <message>
            <source>NATO {0}</source>
            <translation>OTAN {0}</translation>
        </message>
        <message>
            <source>{0}: release of {1}, cut-off {2}. Data ▸ Datasets… lists and switches datasets.</source>
            <translation>{0} : publication du {1}, arrêtée au {2}. Données ▸ Jeux de données… liste et change les jeux de données.</translation>
        </message>
        <message>
            <source>Equipment: dataset {0} has no distribution by category (NATO's Tables 8a/8b), so its share against NATO's 20% guideline is not known; import a NATO workbook that has them.</source>
            <translation>Équipements : le jeu de données {0} n'a pas de répartition par catégorie (tableaux 8a/8b de l'OTAN), sa part par rapport à la ligne directrice de 20% de l'OTAN est donc inconnue ; importez un classeur de l'OTAN qui les contient.</translation>
        </message>
        <message>
            <source>Dataset {0} has no {1} edition; using its {2} edition.</source>
            <translation>Le jeu de données {0} n'a pas d'édition {1} ; son édition {2} est utilisée.</translation>
        </message>
        <message>
            <source>Extra spending measured against {0}, summed over {1}–{2}</source>
            <translation>Dépenses supplémentaires mesurées par rapport à {0}, additionnées sur {1}–{2}</translation>
        </message>
        <message>
            <source>Base year {0} is not in dataset {1}; using its latest year ({2}).</source>
            <translation>L'année de référence {0} ne figure pas dans le jeu de données {1} ; sa dernière année ({2}) est utilisée.</translation>
        </message>
        <message>
            <source>{0} cannot be projected with dataset {1}; showing {2}.</source>
            <translation>{0} ne peut pas être projeté avec le jeu de données {1} ; affichage de {2}.</translation>
        </message>
        <message>
            <source>Base share, % of GDP</source>
            <translation>Part de référence, % du PIB</translation>
        </message>
        <message>
            <source>Reaches {0}</source>
            <translation>Atteint {0}</translation>
        </message>
        <message>
            <source>Required growth for {0} by {1}, % a year</source>
            <translation>Croissance nécessaire pour {0} d'ici {1}, % par an</translation>
        </message>
        <message>
            <source>met ({0})</source>
            <translation>atteint ({0})</translation>
        </message>
        <message>
            <source>not by horizon</source>
            <translation>pas avant l'horizon</translation>
        </message>
        <message>
            <source>same</source>
            <translation>identique</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>{0} · NATO {1} (edition {2})</source>
            <translation>{0} · OTAN {1} (édition {2})</translation>
        </message>
        <message>
            <source>meets</source>
            <translation>respecte</translation>
        </message>
        <message>
            <source>is below</source>
            <translation>est en deçà de</translation>
        </message>
        <message>
            <source>Personnel: {0:.1f}% of defence spending in {1}.</source>
            <translation>Personnel : {0:.1f}% des dépenses de défense en {1}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Par année</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Alliance</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Incertitude</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Share of GDP</source>
            <translation>Part du PIB</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Key results per threshold</source>
            <translation>Principaux résultats par seuil</translation>
        </message>
        <message>
            <source>Value (% of GDP)</source>
            <translation>Valeur (% du PIB)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Year reached</source>
            <translation>Année atteinte</translation>
        </message>
        <message>
            <source>Holds to horizon</source>
            <translation>Se maintient jusqu'à l'horizon</translation>
        </message>
        <message>
            <source>Share at target (%)</source>
            <translation>Part à l'année cible (%)</translation>
        </message>
        <message>
            <source>Gap at target (pp; + = short)</source>
            <translation>Écart à la cible (pt ; + = manque)</translation>
        </message>
        <message>
            <source>Needed at target</source>
            <translation>Montant nécessaire l'année cible</translation>
        </message>
        <message>
            <source>Required nominal growth (%/yr)</source>
            <translation>Croissance nominale nécessaire (%/an)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <source>Hague check (3.5 % core by 2035, credible incremental path)</source>
            <translation>Vérification de La Haye (3,5 % essentielles d'ici 2035, trajectoire crédible et progressive)</translation>
        </message>
        <message>
            <source>Core share never falls to 2035</source>
            <translation>La part essentielle ne baisse jamais jusqu'en 2035</translation>
        </message>
        <message>
            <source>Core share in 2035 (%)</source>
            <translation>Part essentielle en 2035 (%)</translation>
        </message>
        <message>
            <source>Reaches 3.5 % core by 2035</source>
            <translation>Atteint 3,5 % essentielles d'ici 2035</translation>
        </message>
        <message>
            <source>Credible, incremental path</source>
            <translation>Trajectoire crédible et progressive</translation>
        </message>
        <message>
            <source>2029 review</source>
            <translation>Réexamen de 2029</translation>
        </message>
        <message>
            <source>2029 review: core share (%)</source>
            <translation>Réexamen de 2029 : part essentielle (%)</translation>
        </message>
        <message>
            <source>2029 review: straight line to 3.5 % in 2035 (%)</source>
            <translation>Réexamen de 2029 : droite menant à 3,5 % en 2035 (%)</translation>
        </message>
        <message>
            <source>2029 review: gap to the line (pp)</source>
            <translation>Réexamen de 2029 : écart à la droite (pt)</translation>
        </message>
        <message>
            <source>On track at the 2029 review</source>
            <translation>En bonne voie au réexamen de 2029</translation>
        </message>
        <message>
            <source>vs constant share of GDP</source>
            <translation>par rapport à une part constante du PIB</translation>
        </message>
        <message>
            <source>vs cash freeze</source>
            <translation>par rapport à un gel en valeur nominale</translation>
        </message>
        <message>
            <source>vs real freeze</source>
            <translation>par rapport à un gel en volume</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Croissance réelle %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Core defence</source>
            <translation>Défense essentielle</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Essentielles % PIB</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Connexes</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Connexes % PIB</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Total % PIB</translation>
        </message>
        <message>
            <source>Core, base-year prices</source>
            <translation>Essentielles, prix de l'année de référence</translation>
        </message>
        <message>
            <source>Extra vs constant share</source>
            <translation>Supplément par rapport à une part constante</translation>
        </message>
        <message>
            <source>Extra vs cash freeze</source>
            <translation>Supplément par rapport à un gel nominal</translation>
        </message>
        <message>
            <source>Extra vs real freeze</source>
            <translation>Supplément par rapport à un gel en volume</translation>
        </message>
        <message>
            <source>Core per capita</source>
            <translation>Essentielles par habitant</translation>
        </message>
        <message>
            <source>Core % of gov. spending</source>
            <translation>Essentielles % des dépenses publiques</translation>
        </message>
        <message>
            <source>Cumulative extra vs constant share</source>
            <translation>Supplément cumulé par rapport à une part constante</translation>
        </message>
        <message>
            <source>Cumulative extra vs cash freeze</source>
            <translation>Supplément cumulé par rapport à un gel nominal</translation>
        </message>
        <message>
            <source>Cumulative extra vs real freeze</source>
            <translation>Supplément cumulé par rapport à un gel en volume</translation>
        </message>
        <message>
            <source>GDP deflator index (base year = 1)</source>
            <translation>Indice du déflateur du PIB (année de référence = 1)</translation>
        </message>
        <message>
            <source>Extra spending</source>
            <translation>Dépenses supplémentaires</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Emprunté</translation>
        </message>
        <message>
            <source>Interest on extra debt</source>
            <translation>Intérêts sur la dette supplémentaire</translation>
        </message>
        <message>
            <source>Extra debt</source>
            <translation>Dette supplémentaire</translation>
        </message>
        <message>
            <source>Extra deficit % GDP</source>
            <translation>Déficit supplémentaire % PIB</translation>
        </message>
        <message>
            <source>Debt % GDP without (IMF path)</source>
            <translation>Dette % PIB sans (trajectoire du FMI)</translation>
        </message>
        <message>
            <source>Debt % GDP with</source>
            <translation>Dette % PIB avec</translation>
        </message>
        <message>
            <source>Effect (points of GDP)</source>
            <translation>Effet (points de PIB)</translation>
        </message>
        <message>
            <source>Not borrowed</source>
            <translation>Non emprunté</translation>
        </message>
        <message>
            <source>Tax rise % GDP</source>
            <translation>Hausse d'impôts % PIB</translation>
        </message>
        <message>
            <source>Government revenue</source>
            <translation>Recettes publiques</translation>
        </message>
        <message>
            <source>Tax rise % revenue</source>
            <translation>Hausse d'impôts % des recettes</translation>
        </message>
        <message>
            <source>Other government spending</source>
            <translation>Autres dépenses publiques</translation>
        </message>
        <message>
            <source>Cut % other spending</source>
            <translation>Réduction % des autres dépenses</translation>
        </message>
        <message>
            <source>Core share %</source>
            <translation>Part essentielle %</translation>
        </message>
        <message>
            <source>Rise over 2021</source>
            <translation>Hausse par rapport à 2021</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Couvert</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Non couvert</translation>
        </message>
        <message>
            <source>Sources of the fiscal block</source>
            <translation>Sources du volet budgétaire</translation>
        </message>
        <message>
            <source>Interest rate on the extra debt (% a year, nominal)</source>
            <translation>Taux d'intérêt de la dette supplémentaire (% par an, nominal)</translation>
        </message>
        <message>
            <source>Borrowed share of the extra spending (%)</source>
            <translation>Part empruntée des dépenses supplémentaires (%)</translation>
        </message>
        <message>
            <source>EU escape clause applies (1 yes, 0 no)</source>
            <translation>Clause dérogatoire de l'UE applicable (1 oui, 0 non)</translation>
        </message>
        <message>
            <source>Core share in 2021, % of GDP (stand-in for COFOG 02)</source>
            <translation>Part essentielle en 2021, % du PIB (à la place de la CFAP 02)</translation>
        </message>
        <message>
            <source>Differs from the default</source>
            <translation>Diffère de la valeur par défaut</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Paramètre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Diffère</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Sources des données</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>Dataset title</source>
            <translation>Titre du jeu de données</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Version de l'application</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Identifiant de la source</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Édition</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Publié le</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Date d'arrêt</translation>
        </message>
        <message>
            <source>Estimates</source>
            <translation>Estimations</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Files and SHA-256 checksums</source>
            <translation>Fichiers et sommes de contrôle SHA-256</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Essentielles</translation>
        </message>
        <message>
            <source>Core %</source>
            <translation>Essentielles %</translation>
        </message>
        <message>
            <source>Related %</source>
            <translation>Connexes %</translation>
        </message>
        <message>
            <source>Total %</source>
            <translation>Total %</translation>
        </message>
        <message>
            <source>Extra vs const. share</source>
            <translation>Supplément / part constante</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Essentielles % dép. publiques</translation>
        </message>
        <message>
            <source>Debt % GDP without</source>
            <translation>Dette % PIB sans</translation>
        </message>
        <message>
            <source>Effect (points)</source>
            <translation>Effet (points)</translation>
        </message>
        <message>
            <source>Escape clause: covered</source>
            <translation>Clause dérogatoire : couvert</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>non couvert</translation>
        </message>
        <message>
            <source>Budget impact: deficit and debt</source>
            <translation>Incidence budgétaire : déficit et dette</translation>
        </message>
        <message>
            <source>Sources of the fiscal block:</source>
            <translation>Sources du volet budgétaire :</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajustement de la croissance</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajustement de l'inflation</translation>
        </message>
        <message>
            <source>Related spending</source>
            <translation>Dépenses connexes</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>dernière</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <source>Base %</source>
            <translation>Part de référence %</translation>
        </message>
        <message>
            <source>Your own numbers:</source>
            <translation>Vos propres chiffres :</translation>
        </message>
        <message>
            <source>unnamed scenario</source>
            <translation>scénario sans nom</translation>
        </message>
        <message>
            <source>Assumptions (the same for every ally)</source>
            <translation>Hypothèses (les mêmes pour tous les Alliés)</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>Code ISO3</translation>
        </message>
        <message>
            <source>Base share (% of GDP)</source>
            <translation>Part de l'année de référence (% du PIB)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>national currency as the IMF states it; never converted</source>
            <translation>monnaie nationale telle que l'indique le FMI ; jamais convertie</translation>
        </message>
        <message>
            <source>derived = NATO share × IMF GDP</source>
            <translation>dérivé = part OTAN × PIB du FMI</translation>
        </message>
        <message>
            <source>negative means behind the line</source>
            <translation>négatif : en retard sur la droite</translation>
        </message>
        <message>
            <source>no thresholds enabled</source>
            <translation>aucun seuil activé</translation>
        </message>
        <message>
            <source>change these: the formulas below follow</source>
            <translation>modifiez ces valeurs : les formules ci-dessous suivent</translation>
        </message>
        <message>
            <source>Probability and not by the horizon: % of the draws</source>
            <translation>Probabilité et « pas avant l'horizon » : % des tirages</translation>
        </message>
        <message>
            <source>% of the draws</source>
            <translation>% des tirages</translation>
        </message>
        <message>
            <source>Core share of GDP over the draws (%)</source>
            <translation>Part essentielle du PIB selon les tirages (%)</translation>
        </message>
        <message>
            <source>Total (core + counted related)</source>
            <translation>Total (essentielles + connexes comptabilisées)</translation>
        </message>
        <message>
            <source>Core defence spending, % of GDP</source>
            <translation>Dépenses de défense essentielles, % du PIB</translation>
        </message>
        <message>
            <source>Assumptions and result</source>
            <translation>Hypothèses et résultat</translation>
        </message>
        <message>
            <source>The scenarios</source>
            <translation>Les scénarios</translation>
        </message>
        <message>
            <source>Compared with the default scenario: IMF baseline economy (IMF WEO October 2025 growth and deflator, held after 2030), core spending at a constant share of GDP, no related spending, default thresholds.</source>
            <translation>Par rapport au scénario par défaut : économie de référence du FMI (croissance et déflateur des PEM du FMI d'octobre 2025, maintenus après 2030), dépenses essentielles à part constante du PIB, aucune dépense connexe, seuils par défaut.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>sans libellé</translation>
        </message>
        <message>
            <source>latest NATO year</source>
            <translation>dernière année OTAN</translation>
        </message>
        <message>
            <source>Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP (billions of national currency, current prices). NATO's own published money figures are not used for the projection.</source>
            <translation>Les montants sont calculés par l'outil : dépenses de défense = part du PIB selon l'OTAN × PIB du FMI (milliards de monnaie nationale, prix courants). Les montants publiés par l'OTAN ne servent pas à la projection.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Share % GDP</source>
            <translation>Part % PIB</translation>
        </message>
        <message>
            <source>ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <source>aggregate</source>
            <translation>agrégat</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Iceland has no armed forces: NATO publishes no figure.</source>
            <translation>L'Islande n'a pas de forces armées : l'OTAN ne publie aucun chiffre.</translation>
        </message>
        <message>
            <source>Editions</source>
            <translation>Éditions</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <source>* the active dataset (`data use ID`)</source>
            <translation>* le jeu de données actif (`data use ID`)</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator: {0}</source>
            <translation>Calculateur de scénarios de budget de défense : {0}</translation>
        </message>
        <message>
            <source>Budget impact: {0}</source>
            <translation>Incidence budgétaire : {0}</translation>
        </message>
        <message>
            <source>NATO allies: the year each threshold is reached (horizon {0})</source>
            <translation>Alliés de l'OTAN : l'année où chaque seuil est atteint (horizon {0})</translation>
        </message>
        <message>
            <source>Base year {0}: core share (% of GDP)</source>
            <translation>Année de référence {0} : part essentielle (% du PIB)</translation>
        </message>
        <message>
            <source>Base year {0}: GDP ({1})</source>
            <translation>Année de référence {0} : PIB ({1})</translation>
        </message>
        <message>
            <source>Base year {0}: core defence ({1})</source>
            <translation>Année de référence {0} : défense essentielle ({1})</translation>
        </message>
        <message>
            <source>Extra core spending, cumulative {0} ({1})</source>
            <translation>Dépenses essentielles supplémentaires, cumul {0} ({1})</translation>
        </message>
        <message>
            <source>Line: {0}</source>
            <translation>Ligne : {0}</translation>
        </message>
        <message>
            <source>Assumptions: {0}, {1}</source>
            <translation>Hypothèses : {0}, {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending scenario</source>
            <translation>{0} : scénario de dépenses de défense</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, current prices · prepared {4}</source>
            <translation>{0} ({1}) · montants en {2} de {3}, prix courants · établi le {4}</translation>
        </message>
        <message>
            <source>Base year {0} ({1}): NATO puts {2} at {3:.2f} % of GDP, which is {4} on IMF GDP (derived). Core spending path: {5}.</source>
            <translation>Année de référence {0} ({1}) : l'OTAN situe les dépenses de défense de {2} à {3:.2f} % du PIB, soit {4} sur la base du PIB du FMI (dérivé). Trajectoire des dépenses essentielles : {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, {4} · prepared {5}</source>
            <translation>{0} ({1}) · montants en {2} de {3}, {4} · établi le {5}</translation>
        </message>
        <message>
            <source>{0}. Core spending path: {1}.</source>
            <translation>{0}. Trajectoire des dépenses essentielles : {1}.</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>réalisé</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>estimation</translation>
        </message>
        <message>
            <source>projection</source>
            <translation>projection</translation>
        </message>
        <message>
            <source>{0} · Defence Budget What-If Calculator {1} · dataset {2}</source>
            <translation>{0} · Calculateur de scénarios de budget de défense {1} · jeu de données {2}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Page {0} sur {1}</translation>
        </message>
        <message>
            <source>The alliance: thresholds by ally</source>
            <translation>L'Alliance : les seuils par Allié</translation>
        </message>
        <message>
            <source>The alliance: when does each ally reach each threshold?</source>
            <translation>L'Alliance : quand chaque Allié atteint-il chaque seuil ?</translation>
        </message>
        <message>
            <source>Prepared {0} · dataset {1}</source>
            <translation>Établi le {0} · jeu de données {1}</translation>
        </message>
        <message>
            <source>Every ally under the same assumptions: core spending {0}.</source>
            <translation>Tous les Alliés sous les mêmes hypothèses : dépenses essentielles {0}.</translation>
        </message>
        <message>
            <source>Iceland has no armed forces and no NATO figure, so it is not listed.</source>
            <translation>L'Islande n'a pas de forces armées ni de chiffre de l'OTAN ; elle ne figure donc pas dans la liste.</translation>
        </message>
        <message>
            <source>Core % {0}</source>
            <translation>Essentielles % {0}</translation>
        </message>
        <message>
            <source>{0}, core defence spending as % of GDP. Sources: NATO, {1}, {2} (cut-off {3}); IMF World Economic Outlook, October 2025. Projection from {4}: Defence Budget What-If Calculator {5}.</source>
            <translation>{0}, dépenses de défense essentielles en % du PIB. Sources : OTAN, {1}, {2} (date d'arrêt {3}) ; FMI, Perspectives de l'économie mondiale, octobre 2025. Projection à partir de {4} : Calculateur de scénarios de budget de défense {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}), base year {2} ({3}): {4:.2f}% of GDP = {5:,.2f} {6} {7} ({8})</source>
            <translation>{0} ({1}), année de référence {2} ({3}) : {4:.2f} % du PIB = {5:,.2f} {6} {7} ({8})</translation>
        </message>
        <message>
            <source>Economy: {0}. Core spending: {1}.</source>
            <translation>Économie : {0}. Dépenses essentielles : {1}.</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Remarque : {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Sources : {0}</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} (cut-off {3})</source>
            <translation>{0}, {1}, {2} (date d'arrêt {3})</translation>
        </message>
        <message>
            <source>Dataset {0}.</source>
            <translation>Jeu de données {0}.</translation>
        </message>
        <message>
            <source>cut-off {0}</source>
            <translation>date d'arrêt {0}</translation>
        </message>
        <message>
            <source>Dataset {0}; every data file is checked against its SHA-256 at start-up.</source>
            <translation>Jeu de données {0} ; chaque fichier de données est vérifié par sa somme SHA-256 au démarrage.</translation>
        </message>
        <message>
            <source>Core defence spending as a share of GDP, {0}–{1}. Money in {2} of {3}, current prices.</source>
            <translation>Dépenses de défense essentielles en part du PIB, {0}–{1}. Montants en {2} de {3}, prix courants.</translation>
        </message>
        <message>
            <source>NATO {0}, {1}, {2} edition</source>
            <translation>OTAN, {0}, {1}, édition de {2}</translation>
        </message>
        <message>
            <source>share held at {0:.2f} %</source>
            <translation>part maintenue à {0:.2f} %</translation>
        </message>
        <message>
            <source>{0} amount every year</source>
            <translation>montant de {0} chaque année</translation>
        </message>
        <message>
            <source>{0} amount indexed to the GDP deflator</source>
            <translation>montant de {0} indexé sur le déflateur du PIB</translation>
        </message>
        <message>
            <source>from {0:.2f} % in {1}</source>
            <translation>à partir de {0:.2f} % en {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending, % of GDP</source>
            <translation>{0} : dépenses de défense, % du PIB</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices, except base-year prices where stated; projected spending is derived (share × GDP), not published by NATO. Base year {2}: NATO share ({3}) × {4}. Real growth and inflation are blank in the base year. Shares, base-year prices, extra and cumulative spending are formulas over GDP, spending and inflation: change a year's spending and they follow, with the chart. Columns after the gap hold the threshold lines drawn on the chart.</source>
            <translation>Montants en {0} de {1}, prix courants, sauf prix de l'année de référence là où c'est indiqué ; les dépenses projetées sont dérivées (part × PIB), non publiées par l'OTAN. Année de référence {2} : part OTAN ({3}) × {4}. La croissance réelle et l'inflation sont vides l'année de référence. Les parts, les prix de l'année de référence, les dépenses supplémentaires et cumulées sont des formules sur le PIB, les dépenses et l'inflation : modifiez les dépenses d'une année, elles suivent, avec le graphique. Les colonnes après l'espace contiennent les lignes de seuil tracées sur le graphique.</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices. Extra spending (core and related spending above the fiscal baseline) and the IMF's figures are inputs; borrowing, interest, extra debt, the deficit and the ratios are formulas over them and over the interest rate and borrowed share at the top. Revenue and other spending after 2030 hold their 2030 ratios to GDP.</source>
            <translation>Montants en {0} de {1}, prix courants. Les dépenses supplémentaires (dépenses essentielles et connexes au-delà de la référence budgétaire) et les chiffres du FMI sont des données d'entrée ; l'emprunt, les intérêts, la dette supplémentaire, le déficit et les ratios sont des formules sur ces données et sur le taux d'intérêt et la part empruntée en haut. Après 2030, les recettes et les autres dépenses gardent leur ratio au PIB de 2030.</translation>
        </message>
        <message>
            <source>Estimates are flagged: NATO figures for these years are estimates ({0}); IMF figures after each ally's last actual year are projections.</source>
            <translation>Les estimations sont signalées : les chiffres de l'OTAN pour ces années sont des estimations ({0}) ; les chiffres du FMI après la dernière année observée de chaque Allié sont des projections.</translation>
        </message>
        <message>
            <source>{0} edition: {1}</source>
            <translation>édition de {0} : {1}</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}</source>
            <translation>{0} : {1} d'ici {2}</translation>
        </message>
        <message>
            <source>{0} (off)</source>
            <translation>{0} (désactivé)</translation>
        </message>
        <message>
            <source>latest NATO year ({0})</source>
            <translation>dernière année OTAN ({0})</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Total % p{0}</source>
            <translation>Total % p{0}</translation>
        </message>
        <message>
            <source>{0}: year reached</source>
            <translation>{0} : année atteinte</translation>
        </message>
        <message>
            <source>{0}: % of GDP in {1}</source>
            <translation>{0} : % du PIB en {1}</translation>
        </message>
        <message>
            <source>{0} · dataset {1}</source>
            <translation>{0} · jeu de données {1}</translation>
        </message>
        <message>
            <source>NATO {0} edition; {1}</source>
            <translation>OTAN, édition {0} ; {1}</translation>
        </message>
        <message>
            <source>Every ally: {0}; core spending {1}. {2}</source>
            <translation>Tous les Alliés : {0} ; dépenses essentielles : {1}. {2}</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Préréglage économique</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Ajust. croissance</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Ajust. inflation</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valeurs annuelles imposées</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Croissance</translation>
        </message>
        <message>
            <source>Glide path target</source>
            <translation>Cible de la trajectoire</translation>
        </message>
        <message>
            <source>Glide path year</source>
            <translation>Année de la trajectoire</translation>
        </message>
        <message>
            <source>Amount each year</source>
            <translation>Montant annuel</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Points personnalisés</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Part connexe</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Cible connexe</translation>
        </message>
        <message>
            <source>Related by year</source>
            <translation>Connexes par année</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Point de départ</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Ma part</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mon montant</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Trajectoire du PIB</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Source du PIB</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Fichier de référence</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Cumul depuis</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Cumul jusqu'à</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Croissance réelle selon</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflation selon</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Affirmation</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Montant de l'affirmation</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Part de l'affirmation</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Année de l'affirmation</translation>
        </message>
        <message>
            <source>year</source>
            <translation>année</translation>
        </message>
        <message>
            <source>real growth</source>
            <translation>croissance réelle</translation>
        </message>
        <message>
            <source>inflation</source>
            <translation>inflation</translation>
        </message>
        <message>
            <source>share</source>
            <translation>part</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% du PIB</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>mesure</translation>
        </message>
        <message>
            <source>target year</source>
            <translation>année cible</translation>
        </message>
        <message>
            <source>label</source>
            <translation>libellé</translation>
        </message>
        <message>
            <source>GDP</source>
            <translation>PIB</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>ligne {0}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}, base year {1}, horizon {2}. Economy: {3}. Core spending: {4}. Related spending: {5}. {6}</source>
            <translation>{0}, année de référence {1}, horizon {2}. Économie : {3}. Dépenses essentielles : {4}. Dépenses connexes : {5}. {6}</translation>
        </message>
        <message>
            <source>EU national escape clause: up to 1.5 % of GDP of additional defence expenditure a year, up to 2028</source>
            <translation>Clause dérogatoire nationale de l'UE : jusqu'à 1,5 % du PIB de dépenses de défense supplémentaires par an, jusqu'en 2028</translation>
        </message>
        <message>
            <source>the increase is measured against the 2021 level of defence expenditure</source>
            <translation>la hausse est mesurée par rapport au niveau des dépenses de défense de 2021</translation>
        </message>
        <message>
            <source>the EU measures defence by COFOG division 02, not NATO's definition</source>
            <translation>l'UE mesure la défense selon la division 02 de la COFOG, et non selon la définition de l'OTAN</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025 for 15 states</source>
            <translation>activée par le Conseil le 8 juillet 2025 pour 15 États</translation>
        </message>
        <message>
            <source>Germany: defence and some security spending above 1 % of GDP is exempt from the debt brake (constitutional change of March 2025)</source>
            <translation>Allemagne : les dépenses de défense et certaines dépenses de sécurité au-delà de 1 % du PIB sont exemptées du frein à l'endettement (révision constitutionnelle de mars 2025)</translation>
        </message>
        <message>
            <source>the exempt definition is broader than NATO's</source>
            <translation>la définition exemptée est plus large que celle de l'OTAN</translation>
        </message>
        <message>
            <source>baseline gross debt, net lending/borrowing, revenue and expenditure of general government</source>
            <translation>dette brute de référence, capacité/besoin de financement, recettes et dépenses des administrations publiques</translation>
        </message>
        <message>
            <source> (as reported by {0})</source>
            <translation> (selon {0})</translation>
        </message>
    </context>
</TS>
