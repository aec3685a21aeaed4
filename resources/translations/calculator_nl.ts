<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name />
        <message>
            <source>Ally</source>
            <translation>Bondgenoot</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Basisjaar</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>laatste</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>NAVO-editie</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Economie</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reële groei</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflatie</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Groeicorrectie</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflatiecorrectie</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Waarden per jaar</translation>
        </message>
        <message>
            <source>Core path</source>
            <translation>Kernpad</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Uitgavengroei</translation>
        </message>
        <message>
            <source>Growth measured</source>
            <translation>Groei gemeten</translation>
        </message>
        <message>
            <source>real</source>
            <translation>reëel</translation>
        </message>
        <message>
            <source>nominal</source>
            <translation>nominaal</translation>
        </message>
        <message>
            <source>Glide target</source>
            <translation>Doel van het pad</translation>
        </message>
        <message>
            <source>Glide year</source>
            <translation>Doeljaar</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Jaarlijkse verhoging</translation>
        </message>
        <message>
            <source>{0:g} bn</source>
            <translation>{0:g} mld.</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigen punten</translation>
        </message>
        <message>
            <source>Related path</source>
            <translation>Gerelateerd pad</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Gerelateerd aandeel</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Gerelateerd doel</translation>
        </message>
        <message>
            <source>Related year</source>
            <translation>Gerelateerd jaar</translation>
        </message>
        <message>
            <source>Related cap</source>
            <translation>Gerelateerd plafond</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Drempels</translation>
        </message>
        <message>
            <source>How the calculator works</source>
            <translation>Hoe de rekenhulp werkt</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Uitgangspunt</translation>
        </message>
        <message>
            <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO's share of GDP times the IMF's nominal GDP for that year, in the ally's own currency. Money the calculator derives this way is labelled as derived; NATO's own published amounts are shown beside the history.</source>
            <translation>Het basisjaar is het laatste jaar met een NAVO-cijfer voor de bondgenoot (2026, een raming, in de editie van juli 2026). De kerndefensie-uitgaven in het basisjaar zijn het NAVO-aandeel in het bbp maal het nominale bbp van het IMF voor dat jaar, in de eigen munt van de bondgenoot. Bedragen die zo worden afgeleid, zijn als afgeleid gemarkeerd; de door de NAVO gepubliceerde bedragen staan naast de historische reeks.</translation>
        </message>
        <message>
            <source>The economy</source>
            <translation>De economie</translation>
        </message>
        <message>
            <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF's figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
            <translation>Elk jaar groeit het bbp met de reële groei en met de inflatie van de bbp-deflator: bbp&lt;sub&gt;t&lt;/sub&gt; = bbp&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). De IMF-basislijn volgt de World Economic Outlook van het IMF (oktober 2025) tot 2030 en houdt daarna de percentages van 2030 aan; zo reproduceert het geprojecteerde bbp de IMF-cijfers. De instelling met constante percentages gebruikt uw percentages voor elk jaar. Correcties tellen procentpunten op bij beide.</translation>
        </message>
        <message>
            <source>Core defence spending</source>
            <translation>Kerndefensie-uitgaven</translation>
        </message>
        <message>
            <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
            <translation>&lt;b&gt;Constant aandeel&lt;/b&gt;: elk jaar het aandeel van het basisjaar (ongewijzigd beleid).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
            <translation>&lt;b&gt;Groei&lt;/b&gt;: de uitgaven groeien elk jaar met een percentage, nominaal of bovenop de inflatie (reëel).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
            <translation>&lt;b&gt;Groeipad&lt;/b&gt;: het aandeel beweegt in een rechte lijn naar een doel in een bepaald jaar en blijft daarna gelijk.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
            <translation>&lt;b&gt;Verhoging&lt;/b&gt;: elk jaar komt er een vast bedrag in nationale munt bij.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
            <translation>&lt;b&gt;Eigen&lt;/b&gt;: uw punten (aandeel of bedrag), verbonden door rechte lijnen.</translation>
        </message>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Gerelateerde uitgaven (het spoor van 1,5 %)</translation>
        </message>
        <message>
            <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
            <translation>Ze hebben een eigen pad voor het aandeel en tellen tot 1,5 % van het bbp mee in het totaal. De NAVO publiceert er geen cijfer per bondgenoot voor, dus ze beginnen bij 0 %.</translation>
        </message>
        <message>
            <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is 'already met'. 'Holds' says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Een drempel is bereikt in het eerste jaar waarin het aandeel er gelijk aan is of erboven ligt; geldt dat al in het basisjaar, dan is hij 'al gehaald'. 'Houdt stand' zegt of het aandeel er tot de horizon boven blijft. Het tekort wordt gemeten in het doeljaar, in procentpunten bbp en in geld. De benodigde groei is de constante nominale groei van de kerndefensie-uitgaven vanaf het basisjaar waarmee de drempel in het doeljaar wordt bereikt.</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Toets van het Haagse pad</translation>
        </message>
        <message>
            <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
            <translation>De bondgenoten zijn overeengekomen jaarlijkse plannen in te dienen met een geloofwaardig, geleidelijk pad naar 3,5 % in 2035, met een herziening in 2029. De toets kijkt of het kernaandeel nooit daalt, of het 3,5 % haalt in 2035 en waar het in 2029 staat ten opzichte van een rechte lijn van het basisjaar naar 3,5 % in 2035.</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Referenties</translation>
        </message>
        <message>
            <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
            <translation>Extra uitgaven worden vergeleken met een constant aandeel in het bbp, een nominale bevriezing (elk jaar het bedrag van het basisjaar) en een reële bevriezing (het bedrag van het basisjaar, geïndexeerd met de bbp-deflator).</translation>
        </message>
        <message>
            <source>NATO's definition</source>
            <translation>De definitie van de NAVO</translation>
        </message>
        <message>
            <source>NATO's year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
            <translation>Het NAVO-jaar is het begrotingsjaar dat de meeste maanden ervan bevat (2025 = begrotingsjaar 2025/26 voor Canada en het Verenigd Koninkrijk).</translation>
        </message>
        <message>
            <source>edition {0}, released {1}, cut-off {2}</source>
            <translation>editie {0}, gepubliceerd op {1}, peildatum {2}</translation>
        </message>
        <message>
            <source>Estimates or projections: {0}</source>
            <translation>Ramingen of projecties: {0}</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Rekenhulp voor defensiebegrotingsscenario's</translation>
        </message>
        <message>
            <source>Version {0}. Works offline: all data ships with the app.</source>
            <translation>Versie {0}. Werkt offline: alle gegevens worden met de app meegeleverd.</translation>
        </message>
        <message>
            <source>Dataset: {0} — {1}</source>
            <translation>Dataset: {0} — {1}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
    </context>
    <context>
        <name>AllianceTableModel</name>
        <message>
            <source>Ally</source>
            <translation>Bondgenoot</translation>
        </message>
        <message>
            <source>Ally (ISO code)</source>
            <translation>Bondgenoot (ISO-code)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Base year: NATO's latest figure</source>
            <translation>Basisjaar: laatste NAVO-cijfer</translation>
        </message>
        <message>
            <source>Base share</source>
            <translation>Basisaandeel</translation>
        </message>
        <message>
            <source>Core defence share of GDP in the base year (NATO)</source>
            <translation>Aandeel kerndefensie-uitgaven in het bbp in het basisjaar (NAVO)</translation>
        </message>
        <message>
            <source>{0} core</source>
            <translation>{0} kern</translation>
        </message>
        <message>
            <source>Core share of GDP at the horizon ({0})</source>
            <translation>Kernaandeel in het bbp aan de horizon ({0})</translation>
        </message>
        <message>
            <source>{0} total</source>
            <translation>{0} totaal</translation>
        </message>
        <message>
            <source>Core + counted related share at the horizon ({0})</source>
            <translation>Kernaandeel + meegeteld gerelateerd aandeel aan de horizon ({0})</translation>
        </message>
        <message>
            <source>core</source>
            <translation>kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source>Year {0} is first reached ({1}); – not by {2}</source>
            <translation>Jaar waarin {0} voor het eerst wordt bereikt ({1}); –: niet vóór {2}</translation>
        </message>
        <message>
            <source>Already met in the base year {0}</source>
            <translation>Al gehaald in het basisjaar {0}</translation>
        </message>
        <message>
            <source>First reached in {0}</source>
            <translation>Voor het eerst bereikt in {0}</translation>
        </message>
        <message>
            <source>Not by {0}; on these assumptions in {1}</source>
            <translation>Niet vóór {0}; met deze aannames in {1}</translation>
        </message>
        <message>
            <source>Not by {0}</source>
            <translation>Niet vóór {0}</translation>
        </message>
    </context>
    <context>
        <name>AllianceTotals</name>
        <message>
            <source>Alliance money totals</source>
            <translation>Geldtotalen van de Alliantie</translation>
        </message>
        <message>
            <source>Alliance money totals table</source>
            <translation>Tabel met totalen van het bondgenootschap</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Kies euro's of Amerikaanse dollars onder Geld en referentie om op te tellen wat de bondgenoten uitgeven en moeten toevoegen.</translation>
        </message>
        <message>
            <source>Core, base year</source>
            <translation>Kern, basisjaar</translation>
        </message>
        <message>
            <source>Core, {0}</source>
            <translation>Kern, {0}</translation>
        </message>
        <message>
            <source>{0}: more in {1}</source>
            <translation>{0}: meer in {1}</translation>
        </message>
        <message>
            <source>{0}: over {1}–{2}</source>
            <translation>{0}: over {1}–{2}</translation>
        </message>
    </context>
    <context>
        <name>AllianceView</name>
        <message>
            <source>Alliance assumptions</source>
            <translation>Aannames voor het bondgenootschap</translation>
        </message>
        <message>
            <source>Alliance note</source>
            <translation>Noot bij het bondgenootschap</translation>
        </message>
        <message>
            <source>Alliance table</source>
            <translation>Tabel van het bondgenootschap</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
            <translation>Alle bondgenoten onder de huidige aannames. Klik op een kolomtitel om te sorteren; – (niet bereikt) komt als laatste. De pijltoetsen kiezen een bondgenoot en markeren zijn pad; Enter of dubbelklikken opent hem.</translation>
        </message>
        <message>
            <source>Alliance chart</source>
            <translation>Grafiek van het bondgenootschap</translation>
        </message>
        <message>
            <source>Alliance chart read-out</source>
            <translation>Aflezing van de bondgenootschapsgrafiek</translation>
        </message>
        <message>
            <source>Point at a path to read the ally, year and share.</source>
            <translation>Wijs een pad aan om bondgenoot, jaar en aandeel af te lezen.</translation>
        </message>
        <message>
            <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
            <translation>{0} ({1}), {2}: kern {3:.2f} % van het bbp = {4:,.1f} mld. {5}</translation>
        </message>
        <message>
            <source>core defence, % of GDP</source>
            <translation>kerndefensie, % van het bbp</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>IMF baseline economy</source>
            <translation>economie volgens de IMF-basislijn</translation>
        </message>
        <message>
            <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
            <translation>constante percentages van {0:g} % reële groei en {1:g} % inflatie</translation>
        </message>
        <message>
            <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
            <translation>{0} bondgenoten met een NAVO-cijfer onder de huidige aannames: kernuitgaven {1}, {2}, horizon {3}. IJsland heeft geen strijdkrachten en geen cijfer.</translation>
        </message>
        <message>
            <source>an annual increment</source>
            <translation>een jaarlijkse verhoging</translation>
        </message>
        <message>
            <source>custom amounts</source>
            <translation>eigen bedragen</translation>
        </message>
        <message>
            <source>Your path is {0} in {1}, one ally's currency, so it cannot apply to every ally: the overview holds each ally's base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
            <translation>Uw pad is {0} in {1}, de munt van één bondgenoot, dus het kan niet voor alle bondgenoten gelden: het overzicht houdt in plaats daarvan het aandeel van elk basisjaar constant. Kies groei, een groeipad of een constant aandeel om bondgenoten op uw pad te vergelijken.</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Kies euro's of Amerikaanse dollars onder Geld en referentie om op te tellen wat de bondgenoten uitgeven en moeten toevoegen.</translation>
        </message>
    </context>
    <context>
        <name>AllyPanel</name>
        <message>
            <source>Ally and horizon</source>
            <translation>Bondgenoot en horizon</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Bondgenoot</translation>
        </message>
        <message>
            <source>Pick an ally: type part of its name (English, French or Spanish), its ISO code (ESP, BEL…) or a common name (UK, USA, Holland); Enter takes the first match. The figure is NATO's latest share of GDP for core defence ({0} edition, latest year).</source>
            <translation>Kies een bondgenoot: typ een deel van de naam (Engels, Frans of Spaans), de ISO-code (ESP, BEL…) of een gangbare naam (UK, USA, Holland); Enter neemt de eerste overeenkomst. Het cijfer is het laatste NAVO-aandeel in het bbp voor kerndefensie (editie {0}, laatste jaar).</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Last year shown and tested (up to {0}).</source>
            <translation>Laatste getoonde en geteste jaar (tot {0}).</translation>
        </message>
        <message>
            <source>&amp;Ally</source>
            <translation>&amp;Bondgenoot</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Horizon</translation>
        </message>
        <message>
            <source>{0} ({1}) · no NATO figure</source>
            <translation>{0} ({1}) · geen NAVO-cijfer</translation>
        </message>
        <message>
            <source>{0} ({1}) · {2:.2f} %</source>
            <translation>{0} ({1}) · {2:.2f} %</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Autosave failed: {0}</source>
            <extracomment>Asked whether to restore a session left by a crash (once per orphaned session).</extracomment>
            <translation>Automatisch opslaan mislukt: {0}</translation>
        </message>
        <message>
            <source> and {0} pinned</source>
            <translation> en {0} vastgezet</translation>
        </message>
        <message>
            <source>Recover your work</source>
            <translation>Uw werk herstellen</translation>
        </message>
        <message>
            <source>Recover the work from a session that did not close normally?</source>
            <translation>Het werk herstellen van een sessie die niet normaal is afgesloten?</translation>
        </message>
        <message>
            <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
            <translation>De rekenhulp is niet normaal afgesloten. Niet-opgeslagen scenario: {0}{1}.</translation>
        </message>
        <message>
            <source>Damaged autosave set aside</source>
            <translation>Beschadigde automatische opslag apart gezet</translation>
        </message>
        <message>
            <source>An autosave file could not be read and was set aside.</source>
            <translation>Een bestand van de automatische opslag kon niet worden gelezen en is apart gezet.</translation>
        </message>
        <message>
            <source>It was renamed and is kept in {0}: {1}</source>
            <translation>Het is hernoemd en bewaard in {0}: {1}</translation>
        </message>
        <message>
            <source>Cannot recover the scenario</source>
            <translation>Kan het scenario niet herstellen</translation>
        </message>
        <message>
            <source>More recovered work than can be pinned: offered again next time.</source>
            <translation>Meer hersteld werk dan er kan worden vastgezet: de volgende keer opnieuw aangeboden.</translation>
        </message>
    </context>
    <context>
        <name>CaveatBanner</name>
        <message>
            <source>Caveats for this ally</source>
            <translation>Kanttekeningen bij deze bondgenoot</translation>
        </message>
    </context>
    <context>
        <name>ChartDescriptionDialog</name>
        <message>
            <source>The chart in words</source>
            <translation>De grafiek in woorden</translation>
        </message>
        <message>
            <source>Chart description</source>
            <translation>Beschrijving van de grafiek</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>Copy the description to the clipboard</source>
            <translation>De beschrijving naar het klembord kopiëren</translation>
        </message>
    </context>
    <context>
        <name>ClaimPanel</name>
        <message>
            <source>Check a published claim</source>
            <translation>Een gepubliceerde bewering controleren</translation>
        </message>
        <message>
            <source>Check a claim</source>
            <translation>Een bewering controleren</translation>
        </message>
        <message>
            <source>Check a claim such as "45 bn is 2.1 % of GDP in 2029": the GDP it implies, the nominal growth that GDP needs from the base year, and the IMF path's growth beside it. Listed in the assumptions of every report.</source>
            <translation>Een bewering controleren zoals ‘45 mld. is 2,1 % van het bbp in 2029’: het bbp dat ze veronderstelt, de nominale groei die dat bbp vanaf het basisjaar vraagt, en daarnaast de groei van het IMF-pad. Vermeld in de aannames van elk rapport.</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Bedrag van de bewering</translation>
        </message>
        <message>
            <source>The amount the claim states, billions of national currency, current prices.</source>
            <translation>Het bedrag dat de bewering noemt, in miljarden nationale munt, lopende prijzen.</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % van het bbp</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Aandeel van de bewering</translation>
        </message>
        <message>
            <source>The share of GDP the claim says the amount is.</source>
            <translation>Het aandeel van het bbp dat het bedrag volgens de bewering is.</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Jaar van de bewering</translation>
        </message>
        <message>
            <source>The year the claim is about (after the base year).</source>
            <translation>Het jaar waarover de bewering gaat (na het basisjaar).</translation>
        </message>
        <message>
            <source>Claim check result</source>
            <translation>Uitkomst van de controle</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> mld. {0}</translation>
        </message>
        <message>
            <source>Type a claim's amount, share and year to see the GDP it implies and the growth that needs.</source>
            <translation>Typ het bedrag, het aandeel en het jaar van een bewering om te zien welk bbp ze veronderstelt en welke groei dat vraagt.</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>Huidig scenario &amp;vastzetten</translation>
        </message>
        <message>
            <source>Pin current scenario</source>
            <translation>Huidig scenario vastzetten</translation>
        </message>
        <message>
            <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
            <translation>De huidige aannames als overlay in de grafiek van het aandeel bewaren (maximaal {0}).</translation>
        </message>
        <message>
            <source>&amp;Unpin</source>
            <translation>&amp;Losmaken</translation>
        </message>
        <message>
            <source>Unpin selected scenario</source>
            <translation>Gekozen scenario losmaken</translation>
        </message>
        <message>
            <source>Remove the selected pinned scenario.</source>
            <translation>Het gekozen vastgezette scenario verwijderen.</translation>
        </message>
        <message>
            <source>Unpin &amp;all</source>
            <translation>&amp;Alles losmaken</translation>
        </message>
        <message>
            <source>Unpin all scenarios</source>
            <translation>Alle scenario's losmaken</translation>
        </message>
        <message>
            <source>Remove every pinned scenario.</source>
            <translation>Alle vastgezette scenario's verwijderen.</translation>
        </message>
        <message>
            <source>Extra spending against</source>
            <translation>Extra uitgaven ten opzichte van</translation>
        </message>
        <message>
            <source>What the extra spending of each scenario is measured against.</source>
            <translation>Waartegen de extra uitgaven van elk scenario worden gemeten.</translation>
        </message>
        <message>
            <source>E&amp;xtra spending against</source>
            <translation>E&amp;xtra uitgaven ten opzichte van</translation>
        </message>
        <message>
            <source>Compare message</source>
            <translation>Vergelijkingsbericht</translation>
        </message>
        <message>
            <source>Pinned scenarios</source>
            <translation>Vastgezette scenario's</translation>
        </message>
        <message>
            <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
            <translation>Vastgezette scenario's, in de kleuren van hun overlay. Delete maakt het gekozen scenario los.</translation>
        </message>
        <message>
            <source>Results side by side</source>
            <translation>Resultaten naast elkaar</translation>
        </message>
        <message>
            <source>Assumptions that differ</source>
            <translation>Aannames die verschillen</translation>
        </message>
        <message>
            <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario's path does not use it.</source>
            <translation>Aannames die verschillen tussen het huidige scenario en de vastgezette; – betekent dat het pad van het scenario ze niet gebruikt.</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Vastgezet</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultaten</translation>
        </message>
        <message>
            <source>Assumptions that &amp;differ</source>
            <translation>Aannames die &amp;verschillen</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Losmaken</translation>
        </message>
        <message>
            <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
            <translation>{0} van {1} vastgezet. Vastgezette scenario's verschijnen in de grafiek van het aandeel.</translation>
        </message>
        <message>
            <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
            <translation>Zet het huidige scenario vast om het in de grafiek van het aandeel te houden terwijl u andere aannames of bondgenoten probeert (maximaal {0}).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Huidig</translation>
        </message>
        <message>
            <source>Differs from the current scenario</source>
            <translation>Wijkt af van het huidige scenario</translation>
        </message>
        <message>
            <source>Assumptions that differ (pin a scenario to compare)</source>
            <translation>Aannames die verschillen (zet een scenario vast om te vergelijken)</translation>
        </message>
        <message>
            <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
            <translation>Aannames die verschillen: geen, de vastgezette scenario's komen overeen met het huidige</translation>
        </message>
    </context>
    <context>
        <name>CoreSpendingPanel</name>
        <message>
            <source>Core defence spending</source>
            <translation>Kerndefensie-uitgaven</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Constant aandeel in het bbp</translation>
        </message>
        <message>
            <source>Grow by a rate</source>
            <translation>Groeien met een percentage</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Groeipad naar een aandeel</translation>
        </message>
        <message>
            <source>Add an amount each year</source>
            <translation>Elk jaar een bedrag toevoegen</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigen punten</translation>
        </message>
        <message>
            <source>Spending path</source>
            <translation>Uitgavenpad</translation>
        </message>
        <message>
            <source>How core defence spending evolves after the base year. </source>
            <translation>Hoe de kerndefensie-uitgaven zich na het basisjaar ontwikkelen. </translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % per jaar</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Uitgavengroei</translation>
        </message>
        <message>
            <source>Growth of core defence spending each year.</source>
            <translation>Jaarlijkse groei van de kerndefensie-uitgaven.</translation>
        </message>
        <message>
            <source>nominal (cash)</source>
            <translation>nominaal (in geld)</translation>
        </message>
        <message>
            <source>real (above inflation)</source>
            <translation>reëel (boven de inflatie)</translation>
        </message>
        <message>
            <source>Nominal or real growth</source>
            <translation>Nominale of reële groei</translation>
        </message>
        <message>
            <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
            <translation>Nominaal: het bedrag groeit met het percentage. Reëel: het groeit met het percentage bovenop de inflatie van de bbp-deflator.</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Groei</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % van het bbp</translation>
        </message>
        <message>
            <source>Glide target share</source>
            <translation>Doelaandeel van het groeipad</translation>
        </message>
        <message>
            <source>Share of GDP reached in a straight line by the glide year, then held.</source>
            <translation>Aandeel in het bbp dat in een rechte lijn in het doeljaar wordt bereikt en daarna gelijk blijft.</translation>
        </message>
        <message>
            <source>Glide target year</source>
            <translation>Doeljaar van het groeipad</translation>
        </message>
        <message>
            <source>Year the target share is reached.</source>
            <translation>Jaar waarin het doelaandeel wordt bereikt.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>In jaar</translation>
        </message>
        <message>
            <source>Never below the current share</source>
            <translation>Nooit onder het huidige aandeel</translation>
        </message>
        <message>
            <source>On: a target below the current share holds the current share instead of cutting spending. Off: the path glides down to the target (allows cuts).</source>
            <translation>Aan: een doel onder het huidige aandeel houdt het huidige aandeel aan in plaats van te bezuinigen. Uit: het pad daalt naar het doel (bezuinigingen toegestaan).</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Jaarlijkse verhoging</translation>
        </message>
        <message>
            <source>Amount added to core spending every year, in billions of the ally's national currency, current prices.</source>
            <translation>Bedrag dat elk jaar bij de kernuitgaven komt, in miljarden van de nationale munt van de bondgenoot, lopende prijzen.</translation>
        </message>
        <message>
            <source>Each year add</source>
            <translation>Elk jaar toevoegen</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
            <translation>Jaren die u hebt vastgelegd; het pad loopt er in rechte lijnen tussen en de laatste waarde blijft gelden.</translation>
        </message>
        <message>
            <source>Custom point year</source>
            <translation>Jaar van het punt</translation>
        </message>
        <message>
            <source>Year to fix.</source>
            <translation>Vast te leggen jaar.</translation>
        </message>
        <message>
            <source>Custom point value</source>
            <translation>Waarde van het punt</translation>
        </message>
        <message>
            <source>Share of GDP (%) or amount (billions of national currency).</source>
            <translation>Aandeel in het bbp (%) of bedrag (miljarden nationale munt).</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% van het bbp</translation>
        </message>
        <message>
            <source>bn</source>
            <translation>mld.</translation>
        </message>
        <message>
            <source>Custom point kind</source>
            <translation>Soort punt</translation>
        </message>
        <message>
            <source>Whether the value is a share of GDP or an amount.</source>
            <translation>Of de waarde een aandeel in het bbp of een bedrag is.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Instellen</translation>
        </message>
        <message>
            <source>Set custom point</source>
            <translation>Punt instellen</translation>
        </message>
        <message>
            <source>Add the point, or replace the one for that year.</source>
            <translation>Het punt toevoegen of dat van dat jaar vervangen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove custom point</source>
            <translation>Punt verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected points.</source>
            <translation>De gekozen punten verwijderen.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pad</translation>
        </message>
        <message>
            <source>NATO's share × IMF GDP</source>
            <translation>NAVO-aandeel × IMF-bbp</translation>
        </message>
        <message>
            <source>My share of GDP</source>
            <translation>Mijn aandeel in het bbp</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mijn bedrag</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>door de NAVO gepubliceerde uitgaven</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Uitgangspunt</translation>
        </message>
        <message>
            <source>Base-year core spending: NATO's share of GDP times IMF GDP (derived), your own share or amount (labelled "user's figure" everywhere), or NATO's own published national-currency spending.</source>
            <translation>Kernuitgaven in het basisjaar: NAVO-aandeel in het bbp maal het IMF-bbp (afgeleid), uw eigen aandeel of bedrag (overal gemarkeerd als ‘cijfer van de gebruiker’), of de door de NAVO gepubliceerde uitgaven in nationale munt.</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mijn aandeel</translation>
        </message>
        <message>
            <source>Your base-year core spending as a share of IMF GDP (user's figure).</source>
            <translation>Uw kernuitgaven in het basisjaar als aandeel in het IMF-bbp (cijfer van de gebruiker).</translation>
        </message>
        <message>
            <source>Your base-year core spending in billions of national currency, current prices (user's figure).</source>
            <translation>Uw kernuitgaven in het basisjaar in miljarden nationale munt, lopende prijzen (cijfer van de gebruiker).</translation>
        </message>
        <message>
            <source>Base-year spending</source>
            <translation>Uitgaven in het basisjaar</translation>
        </message>
        <message>
            <source> bn {0} a year</source>
            <translation> mld. {0} per jaar</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> mld. {0}</translation>
        </message>
        <message>
            <source>bn {0}</source>
            <translation>mld. {0}</translation>
        </message>
        <message>
            <source>{0:g} % of GDP</source>
            <translation>{0:g} % van het bbp</translation>
        </message>
        <message>
            <source>{0:,.2f} bn {1}</source>
            <translation>{0:,.2f} mld. {1}</translation>
        </message>
        <message>
            <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
            <translation>De kernuitgaven blijven op {0:.2f} % van het bbp, het aandeel van {1}: de referentie bij ongewijzigd beleid.</translation>
        </message>
    </context>
    <context>
        <name>DatasetActions</name>
        <message>
            <source>Dataset</source>
            <extracomment>What the storage layer refuses a user's file or folder with: a one-line message each. The list of datasets changed (an import or a removal); the Vintages view re-lists them.</extracomment>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>&amp;Import NATO release…</source>
            <translation>NAVO-publicatie &amp;importeren…</translation>
        </message>
        <message>
            <source>Add NATO's Excel tables (.xlsx) or a filled-in CSV template as a dataset</source>
            <translation>De Excel-tabellen van de NAVO (.xlsx) of een ingevuld CSV-sjabloon als dataset toevoegen</translation>
        </message>
        <message>
            <source>&amp;Datasets…</source>
            <translation>&amp;Datasets…</translation>
        </message>
        <message>
            <source>List, switch and delete datasets</source>
            <translation>Datasets tonen, wisselen en verwijderen</translation>
        </message>
        <message>
            <source>Cannot switch the dataset</source>
            <translation>Kan niet van dataset wisselen</translation>
        </message>
        <message>
            <source>Switched the dataset.</source>
            <translation>Dataset gewisseld.</translation>
        </message>
        <message>
            <source>Cannot import the release</source>
            <translation>Kan de publicatie niet importeren</translation>
        </message>
        <message>
            <source>It has NATO's distribution by category (equipment, personnel).</source>
            <translation>Het bevat de NAVO-verdeling per categorie (materieel, personeel).</translation>
        </message>
        <message>
            <source>Release imported</source>
            <translation>Publicatie geïmporteerd</translation>
        </message>
        <message>
            <source>Imported {0} as dataset {1}: {2} ({3}, cut-off {4}).</source>
            <translation>{0} geïmporteerd als dataset {1}: {2} ({3}, peildatum {4}).</translation>
        </message>
        <message>
            <source>Use it now?</source>
            <translation>Nu gebruiken?</translation>
        </message>
        <message>
            <source>Imported dataset {0}</source>
            <translation>Dataset {0} geïmporteerd</translation>
        </message>
        <message>
            <source>Delete dataset</source>
            <translation>Dataset verwijderen</translation>
        </message>
        <message>
            <source>Delete dataset {0} ({1}, {2})?</source>
            <translation>Dataset {0} ({1}, {2}) verwijderen?</translation>
        </message>
        <message>
            <source>The imported copy is removed; the original file is not touched.</source>
            <translation>De geïmporteerde kopie wordt verwijderd; het oorspronkelijke bestand blijft onaangeroerd.</translation>
        </message>
        <message>
            <source>Cannot delete the dataset</source>
            <translation>Kan de dataset niet verwijderen</translation>
        </message>
        <message>
            <source>Deleted dataset {0}</source>
            <translation>Dataset {0} verwijderd</translation>
        </message>
        <message>
            <source>Import NATO release</source>
            <translation>NAVO-publicatie importeren</translation>
        </message>
        <message>
            <source>NATO tables or CSV template (*.xlsx *.csv)</source>
            <translation>NAVO-tabellen of CSV-sjabloon (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>DatasetManagerDialog</name>
        <message>
            <source>Datasets</source>
            <translation>Datasets</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Editie</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Peildatum</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Gebruiken</translation>
        </message>
        <message>
            <source>Project with the selected dataset from now on</source>
            <translation>Vanaf nu projecteren met de gekozen dataset</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Verwijderen…</translation>
        </message>
        <message>
            <source>Delete an imported dataset (never the bundled one)</source>
            <translation>Een geïmporteerde dataset verwijderen (nooit de meegeleverde)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>meegeleverd</translation>
        </message>
        <message>
            <source>{0} (damaged)</source>
            <translation>{0} (beschadigd)</translation>
        </message>
        <message>
            <source>ships with the app</source>
            <translation>meegeleverd met de app</translation>
        </message>
        <message>
            <source>{0}. Editions: {1}.</source>
            <translation>{0}. Edities: {1}.</translation>
        </message>
    </context>
    <context>
        <name>EconomyPanel</name>
        <message>
            <source>Economy (GDP path)</source>
            <translation>Economie (bbp-pad)</translation>
        </message>
        <message>
            <source>IMF baseline (WEO Oct 2025)</source>
            <translation>IMF-basislijn (WEO okt. 2025)</translation>
        </message>
        <message>
            <source>Constant rates</source>
            <translation>Constante percentages</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Economische instelling</translation>
        </message>
        <message>
            <source>IMF baseline: the IMF's real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
            <translation>IMF-basislijn: de reële groei en bbp-deflator van het IMF tot 2030, daarna gelijk gehouden. Constant: de percentages hieronder voor elk jaar.</translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % per jaar</translation>
        </message>
        <message>
            <source> % · IMF path</source>
            <translation> % · IMF-pad</translation>
        </message>
        <message>
            <source>Real GDP growth</source>
            <translation>Reële bbp-groei</translation>
        </message>
        <message>
            <source>Real GDP growth each year (constant preset).</source>
            <translation>Reële bbp-groei per jaar (constante percentages).</translation>
        </message>
        <message>
            <source>Inflation (GDP deflator)</source>
            <translation>Inflatie (bbp-deflator)</translation>
        </message>
        <message>
            <source>GDP deflator inflation each year (constant preset).</source>
            <translation>Inflatie van de bbp-deflator per jaar (constante percentages).</translation>
        </message>
        <message>
            <source> pp</source>
            <translation> %-punt</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Groeicorrectie</translation>
        </message>
        <message>
            <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
            <translation>Procentpunten die elk jaar bij de reële groei komen, bovenop beide instellingen (negatief voor een neergang).</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflatiecorrectie</translation>
        </message>
        <message>
            <source>Percentage points added to inflation in every year, on top of either preset.</source>
            <translation>Procentpunten die elk jaar bij de inflatie komen, bovenop beide instellingen.</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Reële groei volgens</translation>
        </message>
        <message>
            <source>Constant: the real growth set here for every year. IMF path: the IMF's real growth to 2030, held after (shown greyed), while inflation is constant.</source>
            <translation>Constant: de hier ingestelde reële groei voor elk jaar. IMF-pad: de reële groei van het IMF tot 2030, daarna aangehouden (grijs getoond), terwijl de inflatie constant is.</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflatie volgens</translation>
        </message>
        <message>
            <source>Constant: the inflation set here for every year. IMF path: the IMF's GDP deflator to 2030, held after (shown greyed), while real growth is constant.</source>
            <translation>Constant: de hier ingestelde inflatie voor elk jaar. IMF-pad: de bbp-deflator van het IMF tot 2030, daarna aangehouden (grijs getoond), terwijl de reële groei constant is.</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reële groei</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflatie</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Groeicorr.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Inflatiecorr.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Growth %</source>
            <translation>Groei %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflatie %</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Waarden per jaar</translation>
        </message>
        <message>
            <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset's rate. F2 or typing edits a cell.</source>
            <translation>De reële groei en/of inflatie van afzonderlijke jaren vervangen (bij beide instellingen, na de correcties). Laat een cel leeg om het percentage van de instelling te houden. F2 of typen bewerkt een cel.</translation>
        </message>
        <message>
            <source>Add year</source>
            <translation>Jaar toevoegen</translation>
        </message>
        <message>
            <source>Add override year</source>
            <translation>Jaar met eigen waarde toevoegen</translation>
        </message>
        <message>
            <source>Add the next year without an override and start typing its growth.</source>
            <translation>Het volgende jaar zonder eigen waarde toevoegen en de groei ervan beginnen te typen.</translation>
        </message>
        <message>
            <source>Remove year</source>
            <translation>Jaar verwijderen</translation>
        </message>
        <message>
            <source>Remove override year</source>
            <translation>Jaar met eigen waarde verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected override years.</source>
            <translation>De gekozen jaren met eigen waarde verwijderen.</translation>
        </message>
        <message>
            <source>Per-year overrides (blank keeps the preset)</source>
            <translation>Waarden per jaar (leeg houdt de instelling)</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>bbp, mld.</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Bbp-pad</translation>
        </message>
        <message>
            <source>Nominal GDP in billions of national currency, current prices, for some years (for example the finance ministry's forecast). Constant growth between the years given and from the base year to the first; after the last, the growth above continues. F2 or typing edits a cell.</source>
            <translation>Nominaal bbp in miljarden nationale munt, lopende prijzen, voor enkele jaren (bijvoorbeeld de raming van het ministerie van Financiën). Constante groei tussen de opgegeven jaren en van het basisjaar tot het eerste; na het laatste loopt de groei hierboven door. F2 of typen bewerkt een cel.</translation>
        </message>
        <message>
            <source>Add GDP year</source>
            <translation>Bbp-jaar toevoegen</translation>
        </message>
        <message>
            <source>Add the next year, starting from the GDP the projection has for it.</source>
            <translation>Het volgende jaar toevoegen, uitgaande van het bbp dat de projectie ervoor heeft.</translation>
        </message>
        <message>
            <source>Remove GDP year</source>
            <translation>Bbp-jaar verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected GDP years.</source>
            <translation>De gekozen bbp-jaren verwijderen.</translation>
        </message>
        <message>
            <source>e.g. Budget plan 2026</source>
            <translation>bv. Begrotingsplan 2026</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Bron van het bbp</translation>
        </message>
        <message>
            <source>Whose forecast the GDP path is; stated in every output.</source>
            <translation>Van wie de bbp-raming is; vermeld in elke uitvoer.</translation>
        </message>
        <message>
            <source>GDP path (blank: from the rates above)</source>
            <translation>Bbp-pad (leeg: volgens de percentages hierboven)</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Constant</translation>
        </message>
        <message>
            <source>IMF path</source>
            <translation>IMF-pad</translation>
        </message>
    </context>
    <context>
        <name>ExportDispatch</name>
        <message>
            <source>&amp;Export</source>
            <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>PDF brief (&amp;A4)…</source>
            <translation>Pdf-notitie (&amp;A4)…</translation>
        </message>
        <message>
            <source>PDF brief (&amp;Letter)…</source>
            <translation>Pdf-notitie (&amp;Letter)…</translation>
        </message>
        <message>
            <source>&amp;Excel workbook…</source>
            <translation>&amp;Excel-werkmap…</translation>
        </message>
        <message>
            <source>&amp;CSV yearly table…</source>
            <translation>&amp;CSV-jaartabel…</translation>
        </message>
        <message>
            <source>&amp;JSON projection…</source>
            <translation>&amp;JSON-projectie…</translation>
        </message>
        <message>
            <source>Chart &amp;PNG…</source>
            <translation>Grafiek als &amp;PNG…</translation>
        </message>
        <message>
            <source>Chart &amp;SVG…</source>
            <translation>Grafiek als &amp;SVG…</translation>
        </message>
        <message>
            <source>Export a&amp;lliance overview</source>
            <translation>Overzicht van het &amp;bondgenootschap exporteren</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>Co&amp;mparison</source>
            <translation>Verge&amp;lijking</translation>
        </message>
        <message>
            <source>&amp;CSV table…</source>
            <translation>&amp;CSV-tabel…</translation>
        </message>
        <message>
            <source>Nothing to compare: no pinned scenarios.</source>
            <translation>Niets te vergelijken: geen vastgezette scenario's.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} geschreven</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Pdf-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>CSV-tabellen (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-afbeeldingen (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>FiscalView</name>
        <message>
            <source>Budget impact sentence</source>
            <translation>Zin over het begrotingseffect</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Geleend</translation>
        </message>
        <message>
            <source>Share of the extra spending that is borrowed</source>
            <translation>Deel van de extra uitgaven dat wordt geleend</translation>
        </message>
        <message>
            <source>Taxes or cuts</source>
            <translation>Belastingen of bezuinigingen</translation>
        </message>
        <message>
            <source>Share paid for by higher taxes or cuts in other spending (100 % − borrowed)</source>
            <translation>Deel betaald met hogere belastingen of bezuinigingen op andere uitgaven (100 % − geleend)</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Rente</translation>
        </message>
        <message>
            <source>Effective interest rate on the extra debt, % a year, nominal (an assumption: the IMF publishes no such rate)</source>
            <translation>Effectieve rente op de extra schuld, % per jaar, nominaal (een aanname: het IMF publiceert zo'n rente niet)</translation>
        </message>
        <message>
            <source>As the Council decided</source>
            <translation>Zoals de Raad besloot</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>EU escape clause</source>
            <translation>Ontsnappingsclausule van de EU</translation>
        </message>
        <message>
            <source>Activated on 8 July 2025 for 15 states (as reported); switch it per ally</source>
            <translation>Geactiveerd op 8 juli 2025 voor 15 staten (volgens berichten); per bondgenoot in te stellen</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Rente</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financiering</translation>
        </message>
        <message>
            <source>Financing reading</source>
            <translation>Aflezing van de financiering</translation>
        </message>
        <message>
            <source>Debt effect</source>
            <translation>Effect op de schuld</translation>
        </message>
        <message>
            <source>Escape clause</source>
            <translation>Ontsnappingsclausule</translation>
        </message>
        <message>
            <source>Debt brake</source>
            <translation>Schuldrem</translation>
        </message>
        <message>
            <source>Fiscal assumptions</source>
            <translation>Begrotingsaannames</translation>
        </message>
        <message>
            <source>Financing and fiscal rules</source>
            <translation>Financiering en begrotingsregels</translation>
        </message>
        <message>
            <source>Debt chart</source>
            <translation>Schuldgrafiek</translation>
        </message>
        <message>
            <source>Extra deficit chart</source>
            <translation>Grafiek van het extra tekort</translation>
        </message>
        <message>
            <source>Escape clause meter</source>
            <translation>Meter van de ontsnappingsclausule</translation>
        </message>
        <message>
            <source>gross government debt, % of GDP</source>
            <translation>bruto overheidsschuld, % van het bbp</translation>
        </message>
        <message>
            <source>Debt with and without the extra spending</source>
            <translation>Schuld met en zonder de extra uitgaven</translation>
        </message>
        <message>
            <source>IMF, history</source>
            <translation>IMF, historie</translation>
        </message>
        <message>
            <source>without the extra spending</source>
            <translation>zonder de extra uitgaven</translation>
        </message>
        <message>
            <source>with the extra spending</source>
            <translation>met de extra uitgaven</translation>
        </message>
        <message>
            <source>IMF's own path (WEO Oct. 2025, to 2030)</source>
            <translation>Eigen pad van het IMF (WEO okt. 2025, tot 2030)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% van het bbp</translation>
        </message>
        <message>
            <source>Extra deficit per year</source>
            <translation>Extra tekort per jaar</translation>
        </message>
        <message>
            <source>points of GDP over 2021</source>
            <translation>procentpunten bbp boven 2021</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>gedekt</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>niet gedekt</translation>
        </message>
        <message>
            <source>2028 cliff</source>
            <translation>klif van 2028</translation>
        </message>
        <message>
            <source>EU escape clause: off</source>
            <translation>Ontsnappingsclausule van de EU: uit</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Gebruikershandleiding</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Gebruikershandleiding</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Rondleiding</translation>
        </message>
        <message>
            <source>Three steps: pick an ally, move a slider, export</source>
            <translation>Drie stappen: kies een bondgenoot, verschuif een schuifregelaar, exporteer</translation>
        </message>
        <message>
            <source>&amp;Describe chart</source>
            <translation>Grafiek &amp;beschrijven</translation>
        </message>
        <message>
            <source>The chart on show, in words</source>
            <translation>De getoonde grafiek, in woorden</translation>
        </message>
        <message>
            <source>Pick an ally</source>
            <translation>Kies een bondgenoot</translation>
        </message>
        <message>
            <source>Choose an ally here (type a name or its code and press Enter). The chart, scoreboard and sentence show its path to 2.1 %, 3.5 % and 5 %.</source>
            <translation>Kies hier een bondgenoot (typ een naam of code en druk op Enter). De grafiek, het scorebord en de zin tonen het pad naar 2,1 %, 3,5 % en 5 %.</translation>
        </message>
        <message>
            <source>Move a slider</source>
            <translation>Verschuif een schuifregelaar</translation>
        </message>
        <message>
            <source>Change how core spending grows: drag the slider or type a value (arrow keys and Page Up/Down move it). Everything updates at once; Ctrl+Z undoes.</source>
            <translation>Verander hoe de kernuitgaven groeien: sleep de schuifregelaar of typ een waarde (pijltoetsen en Page Up/Down verschuiven hem). Alles wordt meteen bijgewerkt; Ctrl+Z maakt ongedaan.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>File &gt; Export writes the scenario as a PDF brief, an Excel workbook, CSV, JSON or a chart picture. Help &gt; User guide explains every view.</source>
            <translation>Bestand &gt; Exporteren schrijft het scenario als pdf-notitie, Excel-werkmap, CSV, JSON of grafiekafbeelding. Help &gt; Gebruikershandleiding legt elke weergave uit.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>A new language applies after a restart</source>
            <translation>Een nieuwe taal geldt na een herstart</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Rekenhulp voor defensiebegrotingsscenario's</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Aannames</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <source>Results by threshold</source>
            <translation>Resultaten per drempel</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultaten</translation>
        </message>
        <message>
            <source>&amp;Yearly table</source>
            <translation>&amp;Jaartabel</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergelijken</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <source>&amp;This ally</source>
            <translation>Deze &amp;bondgenoot</translation>
        </message>
        <message>
            <source>All&amp;iance overview</source>
            <translation>Overzicht &amp;bondgenootschap</translation>
        </message>
        <message>
            <source>&amp;Budget impact</source>
            <translation>&amp;Begrotingseffect</translation>
        </message>
        <message>
            <source>Ho&amp;w sure?</source>
            <translation>Hoe &amp;zeker?</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Beeld</translation>
        </message>
        <message>
            <source>Vi&amp;ntages</source>
            <translation>&amp;Edities</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;doen</translation>
        </message>
        <message>
            <source>Reset to &amp;defaults</source>
            <translation>&amp;Standaardwaarden herstellen</translation>
        </message>
        <message>
            <source>Default assumptions for the selected ally</source>
            <translation>Standaardaannames voor de gekozen bondgenoot</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Gegevens</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Methodology</source>
            <translation>&amp;Methodologie</translation>
        </message>
        <message>
            <source>&amp;About and sources</source>
            <translation>&amp;Over en bronnen</translation>
        </message>
        <message>
            <source>{0}: the window speaks it from the next start</source>
            <translation>{0}: het venster gebruikt deze taal vanaf de volgende start</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions</source>
            <translation>Alle bondgenoten onder de huidige aannames</translation>
        </message>
        <message>
            <source>&amp;Compare pinned scenarios</source>
            <translation>Vastgezette scenario's &amp;vergelijken</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>&amp;Scenario's</translation>
        </message>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>Huidig scenario &amp;vastzetten</translation>
        </message>
        <message>
            <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
            <translation>De huidige aannames in de grafiek van het aandeel bewaren om te vergelijken (maximaal 5)</translation>
        </message>
        <message>
            <source>&amp;Unpin all</source>
            <translation>Alles &amp;losmaken</translation>
        </message>
        <message>
            <source>Pinned “{0}” ({1} of 5)</source>
            <translation>‘{0}’ vastgezet ({1} van 5)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyDialog</name>
        <message>
            <source>Methodology</source>
            <translation>Methodologie</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>Money and baseline</source>
            <translation>Geld en referentie</translation>
        </message>
        <message>
            <source>Current prices</source>
            <extracomment>Asks for a scenario file to use as the baseline (``None``: cancelled); tests replace it so that no dialog opens.</extracomment>
            <translation>Lopende prijzen</translation>
        </message>
        <message>
            <source>Constant prices</source>
            <translation>Constante prijzen</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prijzen</translation>
        </message>
        <message>
            <source>Current prices: each year's cash. Constant: in prices of the base year, deflated by the scenario's GDP deflator ("in today's terms").</source>
            <translation>Lopende prijzen: het geld van elk jaar. Constant: in prijzen van het basisjaar, gedefleerd met de bbp-deflator van het scenario (‘in geld van nu’).</translation>
        </message>
        <message>
            <source>National currency</source>
            <translation>Nationale munt</translation>
        </message>
        <message>
            <source>US dollars (USD)</source>
            <translation>Amerikaanse dollars (USD)</translation>
        </message>
        <message>
            <source>Euros (EUR)</source>
            <translation>Euro's (EUR)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munt</translation>
        </message>
        <message>
            <source>Converted at the exchange rate implied by the IMF (NGDP / NGDPD), held at its 2030 value afterwards; euros through the euro area's implied rate. The rate used is listed with the results.</source>
            <translation>Omgerekend tegen de wisselkoers die het IMF impliceert (NGDP / NGDPD), daarna op de waarde van 2030 gehouden; euro's via de impliciete koers van het eurogebied. De gebruikte koers staat bij de resultaten.</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Constant aandeel in het bbp</translation>
        </message>
        <message>
            <source>Cash freeze</source>
            <translation>Nominale bevriezing</translation>
        </message>
        <message>
            <source>Real freeze</source>
            <translation>Reële bevriezing</translation>
        </message>
        <message>
            <source>A saved scenario file…</source>
            <translation>Een opgeslagen scenariobestand…</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>What the extra spending is measured against: the base-year share of GDP, the base-year cash amount, the base-year amount kept up with inflation, or the core spending path of a saved scenario of the same ally (for example the government's current plan).</source>
            <translation>Waartegen de extra uitgaven worden gemeten: het aandeel in het bbp van het basisjaar, het nominale bedrag van het basisjaar, dat bedrag gecorrigeerd voor inflatie, of het pad van de kernuitgaven van een opgeslagen scenario van dezelfde bondgenoot (bijvoorbeeld het huidige plan van de regering).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <source>Choose baseline file</source>
            <translation>Referentiebestand kiezen</translation>
        </message>
        <message>
            <source>Use the core spending path of a saved scenario file as the baseline.</source>
            <translation>Het pad van de kernuitgaven van een opgeslagen scenariobestand als referentie gebruiken.</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Referentiebestand</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Optellen vanaf</translation>
        </message>
        <message>
            <source>First year summed.</source>
            <translation>Eerste opgetelde jaar.</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Optellen tot</translation>
        </message>
        <message>
            <source>Last year summed.</source>
            <translation>Laatste opgetelde jaar.</translation>
        </message>
        <message>
            <source>The extra spending against the baseline is added up over these years (default: the year after the base year to 2035).</source>
            <translation>De extra uitgaven ten opzichte van de referentie worden over deze jaren opgeteld (standaard: het jaar na het basisjaar tot 2035).</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Sum over</source>
            <translation>Optellen over</translation>
        </message>
        <message>
            <source>Baseline: a saved scenario of the same ally</source>
            <translation>Referentie: een opgeslagen scenario van dezelfde bondgenoot</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json *.json)</source>
            <translation>Scenario's (*.scenario.json *.json)</translation>
        </message>
        <message>
            <source>Baseline: {0}</source>
            <translation>Referentie: {0}</translation>
        </message>
        <message>
            <source>National currency ({0})</source>
            <translation>Nationale munt ({0})</translation>
        </message>
        <message>
            <source>Constant {0} prices</source>
            <translation>Constante prijzen van {0}</translation>
        </message>
    </context>
    <context>
        <name>PinnedScenarios</name>
        <message>
            <source>This scenario is pinned already.</source>
            <translation>Dit scenario is al vastgezet.</translation>
        </message>
        <message>
            <source>At most {0} scenarios can be pinned; unpin one first.</source>
            <translation>Er kunnen maximaal {0} scenario's worden vastgezet; maak er eerst een los.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionChart</name>
        <message>
            <source>Share of GDP</source>
            <translation>Aandeel in het bbp</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>Chart view</source>
            <translation>Grafiekweergave</translation>
        </message>
        <message>
            <source>Help &gt; Describe chart (Ctrl+Shift+D) reads this chart in words.</source>
            <translation>Help &gt; Grafiek beschrijven (Ctrl+Shift+D) beschrijft deze grafiek in woorden.</translation>
        </message>
        <message>
            <source>Share of GDP chart</source>
            <translation>Grafiek van het aandeel in het bbp</translation>
        </message>
        <message>
            <source>Money chart</source>
            <translation>Geldgrafiek</translation>
        </message>
        <message>
            <source>Switch between the share of GDP and the money per year</source>
            <translation>Wisselen tussen het aandeel in het bbp en het geld per jaar</translation>
        </message>
        <message>
            <source>Chart read-out</source>
            <translation>Aflezing van de grafiek</translation>
        </message>
        <message>
            <source>Point at the chart to read a year's share and money.</source>
            <translation>Wijs de grafiek aan om het aandeel en het geld van een jaar af te lezen.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionPlots</name>
        <message>
            <source>Year (NATO fiscal year)</source>
            <translation>Jaar (NAVO-begrotingsjaar)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% van het bbp</translation>
        </message>
        <message>
            <source>NATO, published (hollow: estimate)</source>
            <translation>NAVO, gepubliceerd (open: raming)</translation>
        </message>
        <message>
            <source>Core defence, projected</source>
            <translation>Kerndefensie, geprojecteerd</translation>
        </message>
        <message>
            <source>Core + related (total), projected</source>
            <translation>Kern + gerelateerd (totaal), geprojecteerd</translation>
        </message>
        <message>
            <source>{0} review</source>
            <translation>herziening {0}</translation>
        </message>
        <message>
            <source>{0} target</source>
            <translation>doel {0}</translation>
        </message>
        <message>
            <source>billions, national currency</source>
            <translation>miljarden, nationale munt</translation>
        </message>
        <message>
            <source>NATO, published</source>
            <translation>NAVO, gepubliceerd</translation>
        </message>
        <message>
            <source>Core + related (total)</source>
            <translation>Kern + gerelateerd (totaal)</translation>
        </message>
        <message>
            <source>Needed for each threshold</source>
            <translation>Nodig voor elke drempel</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Kernaandeel, 10e tot 90e percentiel van de trekkingen</translation>
        </message>
        <message>
            <source>core</source>
            <translation>kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source> · already met</source>
            <translation> · al gehaald</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} in {1}</translation>
        </message>
        <message>
            <source>→ {0} in {1}</source>
            <translation>→ {0} in {1}</translation>
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation>{0} {1}: {2}</translation>
        </message>
        <message>
            <source>millions of {0}, current prices</source>
            <translation>miljoenen {0}, lopende prijzen</translation>
        </message>
        <message>
            <source>billions of {0}, current prices</source>
            <translation>mld. {0}, lopende prijzen</translation>
        </message>
        <message>
            <source>NATO published {0}
→ derived {1} ({2:+.0f} %)</source>
            <translation>NAVO gepubliceerd {0}
→ afgeleid {1} ({2:+.0f} %)</translation>
        </message>
        <message>
            <source>{0}: core {1:.2f} % of GDP = {2}</source>
            <translation>{0}: kern {1:.2f} % van het bbp = {2}</translation>
        </message>
        <message>
            <source> · {0} published</source>
            <translation> · {0} gepubliceerd</translation>
        </message>
        <message>
            <source>total {0:.2f} %</source>
            <translation>totaal {0:.2f} %</translation>
        </message>
        <message>
            <source>GDP {0:,.0f} bn {1}</source>
            <translation>bbp {0:,.0f} mld. {1}</translation>
        </message>
        <message>
            <source>draws 10–90 %: {0:.2f}–{1:.2f} %</source>
            <translation>trekkingen 10–90 %: {0:.2f}–{1:.2f} %</translation>
        </message>
        <message>
            <source>base year, NATO</source>
            <translation>basisjaar, NAVO</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>geprojecteerd</translation>
        </message>
        <message>
            <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
            <translation>{0}: NAVO {1:.2f} % van het bbp ({2})</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Recente bestanden</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Bestand niet gevonden</translation>
        </message>
        <message>
            <source>{0}: no such file; removed from the recent files.</source>
            <translation>{0}: bestand bestaat niet; verwijderd uit de recente bestanden.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Geen recente bestanden</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>Lijst &amp;wissen</translation>
        </message>
    </context>
    <context>
        <name>RelatedSpendingPanel</name>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Gerelateerde uitgaven (het spoor van 1,5 %)</translation>
        </message>
        <message>
            <source>Constant share</source>
            <translation>Constant aandeel</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Groeipad naar een aandeel</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Pad van de gerelateerde uitgaven</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % van het bbp</translation>
        </message>
        <message>
            <source>Related spending share</source>
            <translation>Aandeel gerelateerde uitgaven</translation>
        </message>
        <message>
            <source>Related spending as a share of GDP (the starting share for a glide).</source>
            <translation>Gerelateerde uitgaven als aandeel in het bbp (het beginaandeel van een groeipad).</translation>
        </message>
        <message>
            <source>Related glide target</source>
            <translation>Doel van het gerelateerde groeipad</translation>
        </message>
        <message>
            <source>Share reached by the glide year.</source>
            <translation>Aandeel dat in het doeljaar wordt bereikt.</translation>
        </message>
        <message>
            <source>Related glide year</source>
            <translation>Gerelateerd doeljaar</translation>
        </message>
        <message>
            <source>Year the related target share is reached.</source>
            <translation>Jaar waarin het gerelateerde doelaandeel wordt bereikt.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
            <translation>De NAVO publiceert voor deze categorie geen cijfer per bondgenoot, dus ze begint bij 0 %. Maximaal {0:g} % van het bbp telt mee voor het totaal van 5 %.</translation>
        </message>
        <message>
            <source>Related spending cap</source>
            <translation>Plafond gerelateerde uitgaven</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pad</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>In jaar</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Threshold results</source>
            <translation>Resultaten per drempel</translation>
        </message>
        <message>
            <source>Gap: how far the projected share in the target year is short of the threshold, or above it. Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Tekort: hoeveel het geprojecteerde aandeel in het doeljaar onder de drempel ligt, of erboven. Benodigde groei: constante nominale groei van de kernuitgaven vanaf het basisjaar waarmee de drempel in het doeljaar wordt bereikt.</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Uw eigen cijfers</translation>
        </message>
        <message>
            <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
            <translation>In {0}: kerndefensie is {1:.1f} % van de overheidsuitgaven en {2} {3} per inwoner.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;New</source>
            <extracomment>Switches the window to a dataset by id and says whether it did (the window's DatasetActions.switch_to); lets Open offer a file's recorded dataset.</extracomment>
            <translation>&amp;Nieuw</translation>
        </message>
        <message>
            <source>Start again from the default assumptions</source>
            <translation>Opnieuw beginnen met de standaardaannames</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Rekenhulp voor defensiebegrotingsscenario's</translation>
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
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save the changes to “{0}”?</source>
            <translation>Wijzigingen in ‘{0}’ opslaan?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
        </message>
        <message>
            <source>Untitled ({0})</source>
            <translation>Naamloos ({0})</translation>
        </message>
        <message>
            <source>Cannot open the scenario</source>
            <translation>Kan het scenario niet openen</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} geopend</translation>
        </message>
        <message>
            <source>Open with {0}</source>
            <translation>Openen met {0}</translation>
        </message>
        <message>
            <source>Different dataset</source>
            <translation>Andere dataset</translation>
        </message>
        <message>
            <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
            <translation>{0} is opgeslagen met dataset {1}; de actieve dataset is {2}.</translation>
        </message>
        <message>
            <source>Open it with either dataset; projected figures can differ between them.</source>
            <translation>Open het met een van beide datasets; de geprojecteerde cijfers kunnen verschillen.</translation>
        </message>
        <message>
            <source>Dataset {0} is not here (Data ▸ Datasets… lists those that are). Open it with dataset {1}? Projected figures can differ from when it was saved.</source>
            <translation>Dataset {0} is hier niet aanwezig (Gegevens ▸ Datasets… toont welke er zijn). Openen met dataset {1}? De geprojecteerde cijfers kunnen afwijken van die bij het opslaan.</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Scenario openen</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json)</source>
            <translation>Scenario's (*.scenario.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Cannot save the scenario</source>
            <translation>Kan het scenario niet opslaan</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} opgeslagen</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Scenario opslaan</translation>
        </message>
        <message>
            <source>Save the changes to “{0}” before quitting?</source>
            <translation>Wijzigingen in ‘{0}’ opslaan voor het afsluiten?</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Untitled scenario</source>
            <translation>Naamloos scenario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Naam van het scenario</translation>
        </message>
        <message>
            <source>Shown in the window title and on exported reports</source>
            <translation>Getoond in de venstertitel en op geëxporteerde rapporten</translation>
        </message>
        <message>
            <source>Notes: purpose, sources, caveats…</source>
            <translation>Notities: doel, bronnen, kanttekeningen…</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notities bij het scenario</translation>
        </message>
        <message>
            <source>Free text, saved with the scenario and printed in the PDF brief</source>
            <translation>Vrije tekst, opgeslagen met het scenario en afgedrukt in de pdf-notitie</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otities</translation>
        </message>
    </context>
    <context>
        <name>Scoreboard</name>
        <message>
            <source>Scoreboard</source>
            <translation>Scorebord</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Er is geen drempel ingeschakeld.</translation>
        </message>
    </context>
    <context>
        <name>SentenceBar</name>
        <message>
            <source>Summary sentence</source>
            <translation>Samenvattende zin</translation>
        </message>
        <message>
            <source>Copy sentence</source>
            <translation>Zin kopiëren</translation>
        </message>
        <message>
            <source>Copy summary sentence</source>
            <translation>Samenvattende zin kopiëren</translation>
        </message>
        <message>
            <source>Copy the sentence to paste into a briefing</source>
            <translation>De zin kopiëren om in een notitie te plakken</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>Thresholds</source>
            <translation>Drempels</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Aan</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% van het bbp</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatstaf</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
            <translation>Elke drempel wordt getoetst aan het kernaandeel of het totale aandeel (kern + meegeteld gerelateerd); in het doeljaar worden het tekort en de benodigde groei gemeten.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add threshold</source>
            <translation>Drempel toevoegen</translation>
        </message>
        <message>
            <source>Add a threshold.</source>
            <translation>Een drempel toevoegen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove threshold</source>
            <translation>Drempel verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected thresholds.</source>
            <translation>De gekozen drempels verwijderen.</translation>
        </message>
        <message>
            <source>Add Wales 2 %</source>
            <translation>Wales 2 % toevoegen</translation>
        </message>
        <message>
            <source>Add Wales threshold</source>
            <translation>Drempel van Wales toevoegen</translation>
        </message>
        <message>
            <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
            <translation>De richtlijn van Wales (2014) van 2 % van het bbp toevoegen.</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Standaard</translation>
        </message>
        <message>
            <source>Restore default thresholds</source>
            <translation>Standaarddrempels herstellen</translation>
        </message>
        <message>
            <source>2.1 % core (Spain's position), 3.5 % core and 5 % total (The Hague).</source>
            <translation>2,1 % kern (standpunt van Spanje), 3,5 % kern en 5 % totaal (Den Haag).</translation>
        </message>
        <message>
            <source>Test this threshold</source>
            <translation>Deze drempel toetsen</translation>
        </message>
        <message>
            <source>Threshold value</source>
            <translation>Waarde van de drempel</translation>
        </message>
        <message>
            <source>Share of GDP to test, in %.</source>
            <translation>Te toetsen aandeel in het bbp, in %.</translation>
        </message>
        <message>
            <source>core</source>
            <translation>kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source>Threshold measure</source>
            <translation>Maatstaf van de drempel</translation>
        </message>
        <message>
            <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
            <translation>kern: het NAVO-aandeel kerndefensie. totaal: kern + gerelateerd (meegeteld tot 1,5 %).</translation>
        </message>
        <message>
            <source>Threshold target year</source>
            <translation>Doeljaar van de drempel</translation>
        </message>
        <message>
            <source>Year the gap and the required growth are measured.</source>
            <translation>Jaar waarin het tekort en de benodigde groei worden gemeten.</translation>
        </message>
        <message>
            <source>Threshold label</source>
            <translation>Label van de drempel</translation>
        </message>
        <message>
            <source>Name shown on the chart.</source>
            <translation>Naam die in de grafiek staat.</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>Tour</source>
            <translation>Rondleiding</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>&amp;Skip tour</source>
            <translation>Rondleiding &amp;overslaan</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>De vorige stap</translation>
        </message>
        <message>
            <source>Close the tour; Help &gt; Tour shows it again</source>
            <translation>De rondleiding sluiten; Help &gt; Rondleiding toont hem opnieuw</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Stap {0} van {1}</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Klaar</translation>
        </message>
        <message>
            <source>Close the tour</source>
            <translation>De rondleiding sluiten</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>De volgende stap</translation>
        </message>
    </context>
    <context>
        <name>UncertaintyView</name>
        <message>
            <source>Draw growth and inflation shocks and show the odds of each threshold</source>
            <translation>Groei- en inflatieschokken trekken en de kans op elke drempel tonen</translation>
        </message>
        <message>
            <source>Number of draws</source>
            <translation>Aantal trekkingen</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>The same seed gives the same numbers</source>
            <translation>Dezelfde seed geeft dezelfde cijfers</translation>
        </message>
        <message>
            <source>Leave 2020–21 out of the estimate</source>
            <translation>2020–21 buiten de schatting laten</translation>
        </message>
        <message>
            <source>Execution risk (% of plan not spent)</source>
            <translation>Uitvoeringsrisico (% van het plan niet besteed)</translation>
        </message>
        <message>
            <source>Execution risk, mean</source>
            <translation>Uitvoeringsrisico, gemiddelde</translation>
        </message>
        <message>
            <source>SD </source>
            <translation>SD </translation>
        </message>
        <message>
            <source> pp</source>
            <translation> %-punt</translation>
        </message>
        <message>
            <source>Execution risk, spread</source>
            <translation>Uitvoeringsrisico, spreiding</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Modelkaart</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Kansen</translation>
        </message>
        <message>
            <source>Which quantity spreads</source>
            <translation>Welke grootheid spreidt</translation>
        </message>
        <message>
            <source>Histogram of the year first reached</source>
            <translation>Histogram van het jaar van eerste bereiken</translation>
        </message>
        <message>
            <source>Share of draws (%)</source>
            <translation>Aandeel trekkingen (%)</translation>
        </message>
        <message>
            <source>Sensitivity chart</source>
            <translation>Gevoeligheidsgrafiek</translation>
        </message>
        <message>
            <source>Change of the target-year share (pp)</source>
            <translation>Verandering van het aandeel in het doeljaar (%-punt)</translation>
        </message>
        <message>
            <source>&amp;Draws</source>
            <translation>&amp;Trekkingen</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>S&amp;eed</translation>
        </message>
        <message>
            <source>Off: tick the box to draw the odds of each threshold.</source>
            <translation>Uit: vink het vakje aan om de kans op elke drempel te berekenen.</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Trekken…</translation>
        </message>
        <message>
            <source>Show uncertainty ({0} draws)</source>
            <translation>Onzekerheid tonen ({0} trekkingen)</translation>
        </message>
        <message>
            <source>Share in {0}, one assumption {1} pp</source>
            <translation>Aandeel in {0}, één aanname {1} %-punt</translation>
        </message>
        <message>
            <source>Orange: the assumption {0} pp higher; green: {0} pp lower. The bars are the change of the core share in {1} against the central case.</source>
            <translation>Oranje: de aanname {0} %-punt hoger; groen: {0} %-punt lager. De balken tonen de verandering van het kernaandeel in {1} ten opzichte van het centrale scenario.</translation>
        </message>
    </context>
    <context>
        <name>VintagesView</name>
        <message>
            <source>Compare with</source>
            <translation>Vergelijken met</translation>
        </message>
        <message>
            <source>Another dataset or edition to re-run the current scenario on</source>
            <translation>Een andere dataset of editie om het huidige scenario opnieuw op door te rekenen</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>A (in use)</source>
            <translation>A (in gebruik)</translation>
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
            <translation>Wat is veranderd</translation>
        </message>
        <message>
            <source>Equipment share chart</source>
            <translation>Grafiek van het aandeel materieel</translation>
        </message>
        <message>
            <source>Include what &amp;changed between editions</source>
            <translation>Opnemen wat er tussen edities is &amp;veranderd</translation>
        </message>
        <message>
            <source>PDF, Excel and JSON exports of this ally add a section comparing the scenario with the dataset or edition chosen in the Vintages tab</source>
            <translation>PDF-, Excel- en JSON-exports van deze bondgenoot krijgen een onderdeel dat het scenario vergelijkt met de dataset of editie die op het tabblad Edities is gekozen</translation>
        </message>
        <message>
            <source>&amp;Include in File ▸ Export (PDF brief, Excel workbook, JSON)</source>
            <translation>&amp;Opnemen in Bestand ▸ Exporteren (PDF-notitie, Excel-werkmap, JSON)</translation>
        </message>
        <message>
            <source>&amp;Compare with</source>
            <translation>&amp;Vergelijken met</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Wat er tussen edities is veranderd</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>meegeleverd</translation>
        </message>
        <message>
            <source>{0} · edition {1} ({2})</source>
            <translation>{0} · editie {1} ({2})</translation>
        </message>
        <message>
            <source>{0} · edition {1}</source>
            <translation>{0} · editie {1}</translation>
        </message>
        <message>
            <source>A: {0}. No other dataset or edition to compare with.</source>
            <translation>A: {0}. Geen andere dataset of editie om mee te vergelijken.</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets.
A: {1}
B: {2}</source>
            <translation>{0}: hetzelfde scenario op twee datasets.
A: {1}
B: {2}</translation>
        </message>
        <message>
            <source>A and B</source>
            <translation>A en B</translation>
        </message>
        <message>
            <source>What changed between editions: {0}</source>
            <translation>Wat er tussen edities is veranderd: {0}</translation>
        </message>
    </context>
    <context>
        <name>YearTableModel</name>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>bbp, mld.</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Reële groei %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflatie %</translation>
        </message>
        <message>
            <source>Core, bn</source>
            <translation>Kern, mld.</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Kern % bbp</translation>
        </message>
        <message>
            <source>Related, bn</source>
            <translation>Gerelateerd, mld.</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Gerelateerd % bbp</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Totaal % bbp</translation>
        </message>
        <message>
            <source>Core, bn, base-year prices</source>
            <translation>Kern, mld., prijzen van het basisjaar</translation>
        </message>
        <message>
            <source>Core per person</source>
            <translation>Kern per inwoner</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Kern % overheidsuitg.</translation>
        </message>
        <message>
            <source>Extra vs constant share, bn</source>
            <translation>Extra t.o.v. constant aandeel, mld.</translation>
        </message>
        <message>
            <source>Extra vs cash freeze, bn</source>
            <translation>Extra t.o.v. nominale bevriezing, mld.</translation>
        </message>
        <message>
            <source>Extra vs real freeze, bn</source>
            <translation>Extra t.o.v. reële bevriezing, mld.</translation>
        </message>
        <message>
            <source>Extra vs your baseline, bn</source>
            <translation>Extra t.o.v. uw referentie, mld.</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, prijzen van {1}</translation>
        </message>
    </context>
    <context>
        <name>YearTablePanel</name>
        <message>
            <source>Yearly table</source>
            <translation>Jaartabel</translation>
        </message>
        <message>
            <source>Per-year projection; Ctrl+C copies the table</source>
            <translation>Projectie per jaar; Ctrl+C kopieert de tabel</translation>
        </message>
        <message>
            <source>Copy table</source>
            <translation>Tabel kopiëren</translation>
        </message>
        <message>
            <source>Copy yearly table</source>
            <translation>Jaartabel kopiëren</translation>
        </message>
        <message>
            <source>Copy as tab-separated text (pastes into Excel)</source>
            <translation>Kopiëren als tekst met tabs (plakt in Excel)</translation>
        </message>
        <message>
            <source>{0}: money in billions of {1}, {2} (base year {3}: {4}, then the paths you set); extra spending against {5}, blank outside {6}–{7}.</source>
            <translation>{0}: geld in miljarden {1}, {2} (basisjaar {3}: {4}, daarna de paden die u hebt ingesteld); extra uitgaven ten opzichte van {5}, leeg buiten {6}–{7}.</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Constant share</source>
            <translation>Constant aandeel</translation>
        </message>
        <message>
            <source>8 % a year</source>
            <translation>8 % per jaar</translation>
        </message>
        <message>
            <source>3.5 % by 2030</source>
            <translation>3,5 % in 2030</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <source>billions</source>
            <translation>miljarden</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>miljoenen</translation>
        </message>
        <message>
            <source>already met in {0}</source>
            <translation>al gehaald in {0}</translation>
        </message>
        <message>
            <source>reached in {0}</source>
            <translation>bereikt in {0}</translation>
        </message>
        <message>
            <source>not by {0}</source>
            <translation>niet vóór {0}</translation>
        </message>
        <message>
            <source>not by {0} ({1} on this path)</source>
            <translation>niet vóór {0} ({1} op dit pad)</translation>
        </message>
        <message>
            <source>not by {0} ({1} at constant growth rates)</source>
            <translation>niet vóór {0} ({1} bij constante groeipercentages)</translation>
        </message>
        <message>
            <source>short by {0:.2f} pp ({1})</source>
            <translation>{0:.2f} %-punt te weinig ({1})</translation>
        </message>
        <message>
            <source>above by {0:.2f} pp</source>
            <translation>{0:.2f} %-punt erboven</translation>
        </message>
        <message>
            <source>met exactly</source>
            <translation>precies gehaald</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Drempel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Houdt stand</translation>
        </message>
        <message>
            <source>At target year</source>
            <translation>In het doeljaar</translation>
        </message>
        <message>
            <source>Gap at target</source>
            <translation>Tekort in het doeljaar</translation>
        </message>
        <message>
            <source>Money needed</source>
            <translation>Benodigd bedrag</translation>
        </message>
        <message>
            <source>Required growth</source>
            <translation>Benodigde groei</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source>core</source>
            <translation>kern</translation>
        </message>
        <message>
            <source>{0} in total</source>
            <translation>{0} in totaal</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} %</source>
            <translation>{0}: {1:.2f} %</translation>
        </message>
        <message>
            <source>{0} a year</source>
            <translation>{0} per jaar</translation>
        </message>
        <message>
            <source>a fall of {0}</source>
            <translation>een daling van {0}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>gehaald</translation>
        </message>
        <message>
            <source>, lost</source>
            <translation>, verloren</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached (met = already in the base year; lost = falls back below it by {0}; – = not by {0}).</source>
            <translation>De jaren tonen wanneer elke drempel voor het eerst wordt bereikt (gehaald = al in het basisjaar; verloren = zakt er vóór {0} weer onder; – = niet vóór {0}).</translation>
        </message>
        <message>
            <source>constant share of GDP</source>
            <translation>constant aandeel in het bbp</translation>
        </message>
        <message>
            <source>growth at a rate</source>
            <translation>groei met een percentage</translation>
        </message>
        <message>
            <source>glide path to a share</source>
            <translation>groeipad naar een aandeel</translation>
        </message>
        <message>
            <source>an amount added each year</source>
            <translation>een bedrag dat elk jaar bijkomt</translation>
        </message>
        <message>
            <source>custom points</source>
            <translation>eigen punten</translation>
        </message>
        <message>
            <source>IMF WEO October 2025 baseline</source>
            <translation>IMF-basislijn WEO oktober 2025</translation>
        </message>
        <message>
            <source>constant rates</source>
            <translation>constante percentages</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Naam van het scenario</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notities bij het scenario</translation>
        </message>
        <message>
            <source>Ally (ISO3)</source>
            <translation>Bondgenoot (ISO3)</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>NAVO-editie</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Basisjaar</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Economie</translation>
        </message>
        <message>
            <source>Real GDP growth (%/yr)</source>
            <translation>Reële bbp-groei (%/jaar)</translation>
        </message>
        <message>
            <source>GDP deflator inflation (%/yr)</source>
            <translation>Inflatie bbp-deflator (%/jaar)</translation>
        </message>
        <message>
            <source>Real growth adjustment (pp)</source>
            <translation>Correctie reële groei (%-punt)</translation>
        </message>
        <message>
            <source>Inflation adjustment (pp)</source>
            <translation>Inflatiecorrectie (%-punt)</translation>
        </message>
        <message>
            <source>Per-year economy overrides</source>
            <translation>Economische waarden per jaar</translation>
        </message>
        <message>
            <source>Core spending path</source>
            <translation>Pad van de kernuitgaven</translation>
        </message>
        <message>
            <source>Core spending growth (%/yr)</source>
            <translation>Groei kernuitgaven (%/jaar)</translation>
        </message>
        <message>
            <source>Growth is real (on top of inflation)</source>
            <translation>Groei is reëel (bovenop de inflatie)</translation>
        </message>
        <message>
            <source>Glide path target (% of GDP)</source>
            <translation>Doel van het groeipad (% van het bbp)</translation>
        </message>
        <message>
            <source>Glide path target year</source>
            <translation>Doeljaar van het groeipad</translation>
        </message>
        <message>
            <source>Yearly increment (bn, nominal)</source>
            <translation>Jaarlijkse verhoging (mld., nominaal)</translation>
        </message>
        <message>
            <source>Custom path points</source>
            <translation>Punten van het eigen pad</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Pad van de gerelateerde uitgaven</translation>
        </message>
        <message>
            <source>Related share (% of GDP)</source>
            <translation>Gerelateerd aandeel (% van het bbp)</translation>
        </message>
        <message>
            <source>Related glide target (% of GDP)</source>
            <translation>Doel gerelateerd groeipad (% van het bbp)</translation>
        </message>
        <message>
            <source>Related glide target year</source>
            <translation>Doeljaar gerelateerd groeipad</translation>
        </message>
        <message>
            <source>Related counted up to (% of GDP)</source>
            <translation>Gerelateerd meegeteld tot (% van het bbp)</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Drempels</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Toets van het Haagse pad</translation>
        </message>
        <message>
            <source>Extra spending against the baselines</source>
            <translation>Extra uitgaven ten opzichte van de referenties</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Uw eigen cijfers</translation>
        </message>
        <message>
            <source>Money needed, in one currency</source>
            <translation>Benodigde bedragen, in één munt</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Aannames</translation>
        </message>
        <message>
            <source>Year by year</source>
            <translation>Jaar na jaar</translation>
        </message>
        <message>
            <source>Method and caveats</source>
            <translation>Methode en kanttekeningen</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Aanname</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>Dit scenario</translation>
        </message>
        <message>
            <source>Default (where changed)</source>
            <translation>Standaard (indien gewijzigd)</translation>
        </message>
        <message>
            <source>Base year B is the latest year with a NATO figure for the ally. Core defence spending in B is NATO's share of GDP × IMF nominal GDP (derived, not published by NATO). GDP grows by real growth and GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); the IMF baseline uses WEO October 2025 rates to 2030 and holds the 2030 rates after. A threshold is reached in the first year whose share is at or above it. Required growth is the constant nominal growth of core spending from B that reaches the threshold in its target year: r* = ((value × GDP&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Related (defence- and security-related) spending counts towards the total up to 1.5 % of GDP. The Hague path check asks whether the core share never falls, reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from B to 3.5 % in 2035.</source>
            <translation>Basisjaar B is het laatste jaar met een NAVO-cijfer voor de bondgenoot. De kerndefensie-uitgaven in B zijn het NAVO-aandeel in het bbp × het nominale bbp van het IMF (afgeleid, niet door de NAVO gepubliceerd). Het bbp groeit met de reële groei en de inflatie van de bbp-deflator: bbp&lt;sub&gt;t&lt;/sub&gt; = bbp&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); de IMF-basislijn gebruikt de percentages van de WEO van oktober 2025 tot 2030 en houdt daarna die van 2030 aan. Een drempel wordt gehaald in het eerste jaar waarin het aandeel er gelijk aan of hoger dan is. De vereiste groei is de constante nominale groei van de kernuitgaven vanaf B die de drempel in het doeljaar haalt: r* = ((waarde × bbp&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Gerelateerde uitgaven (aan defensie en veiligheid gerelateerd) tellen mee voor het totaal tot 1,5 % van het bbp. De Haagse padtoets gaat na of het kernaandeel nooit daalt, vóór 2035 3,5 % haalt en waar het in 2029 staat ten opzichte van een rechte lijn van B naar 3,5 % in 2035.</translation>
        </message>
        <message>
            <source>Figures for 2025 and 2026 are NATO estimates; IMF figures after the last actual year (2024 for most allies) are projections. NATO's share of GDP (Table 3) is a ratio at 2021 prices; for the Netherlands it differs from spending ÷ nominal GDP. NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % unless set. NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK). Money is in the currency of the IMF figures, in billions at current prices, never converted silently.</source>
            <translation>De cijfers voor 2025 en 2026 zijn NAVO-ramingen; IMF-cijfers na het laatste werkelijke jaar (2024 voor de meeste bondgenoten) zijn projecties. Het NAVO-aandeel in het bbp (tabel 3) is een verhouding tegen prijzen van 2021; voor Nederland wijkt het af van uitgaven ÷ nominaal bbp. De NAVO publiceert geen cijfer per bondgenoot voor aan defensie en veiligheid gerelateerde uitgaven, dus die zijn 0 % tenzij ingesteld. NAVO-jaar Y is het begrotingsjaar dat de meeste van zijn maanden bevat (2025 = begrotingsjaar 2025/26 voor Canada en het Verenigd Koninkrijk). Bedragen staan in de munt van de IMF-cijfers, in miljarden tegen lopende prijzen, en worden nooit ongemerkt omgerekend.</translation>
        </message>
        <message>
            <source>already met</source>
            <translation>al gehaald</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>bereikt</translation>
        </message>
        <message>
            <source>reached, then falls below</source>
            <translation>bereikt, daarna weer eronder</translation>
        </message>
        <message>
            <source>met, then falls below</source>
            <translation>gehaald, daarna weer eronder</translation>
        </message>
        <message>
            <source>not used with {0}</source>
            <translation>niet gebruikt bij {0}</translation>
        </message>
        <message>
            <source>constant rates: {0} real growth, {1} inflation</source>
            <translation>constante percentages: {0} reële groei, {1} inflatie</translation>
        </message>
        <message>
            <source>, real growth {0:+g} pp</source>
            <translation>, reële groei {0:+g} %-punt</translation>
        </message>
        <message>
            <source>, inflation {0:+g} pp</source>
            <translation>, inflatie {0:+g} %-punt</translation>
        </message>
        <message>
            <source>, own figures for {0}</source>
            <translation>, eigen cijfers voor {0}</translation>
        </message>
        <message>
            <source>growth of {0} a year above inflation (real)</source>
            <translation>groei van {0} per jaar boven de inflatie (reëel)</translation>
        </message>
        <message>
            <source>growth of {0} a year (nominal)</source>
            <translation>groei van {0} per jaar (nominaal)</translation>
        </message>
        <message>
            <source>straight line to {0} of GDP by {1}</source>
            <translation>rechte lijn naar {0} van het bbp in {1}</translation>
        </message>
        <message>
            <source>adding {0:,.2f} bn {1} a year</source>
            <translation>{0:,.2f} mld. {1} per jaar erbij</translation>
        </message>
        <message>
            <source>cutting {0:,.2f} bn {1} a year</source>
            <translation>{0:,.2f} mld. {1} per jaar eraf</translation>
        </message>
        <message>
            <source>custom path: {0}</source>
            <translation>eigen pad: {0}</translation>
        </message>
        <message>
            <source>{0}/yr real</source>
            <translation>{0}/jaar reëel</translation>
        </message>
        <message>
            <source>{0}/yr</source>
            <translation>{0}/jaar</translation>
        </message>
        <message>
            <source>{0} by {1}</source>
            <translation>{0} in {1}</translation>
        </message>
        <message>
            <source>{0:+g} bn/yr</source>
            <translation>{0:+g} mld./jaar</translation>
        </message>
        <message>
            <source>custom path</source>
            <translation>eigen pad</translation>
        </message>
        <message>
            <source>constant share</source>
            <translation>constant aandeel</translation>
        </message>
        <message>
            <source>{0} rising to {1} by {2}</source>
            <translation>{0} oplopend tot {1} in {2}</translation>
        </message>
        <message>
            <source>{0} of GDP</source>
            <translation>{0} van het bbp</translation>
        </message>
        <message>
            <source> (counted up to {0})</source>
            <translation> (meegeteld tot {0})</translation>
        </message>
        <message>
            <source>{0}: {1} {2} by {3}</source>
            <translation>{0}: {1} {2} tegen {3}</translation>
        </message>
        <message>
            <source>{0} reaches {1} in {2}</source>
            <translation>haalt {0} {1} in {2}</translation>
        </message>
        <message>
            <source>{1} is reached in {2}</source>
            <translation>{1} wordt gehaald in {2}</translation>
        </message>
        <message>
            <source>{0} already meets {1}</source>
            <translation>haalt {0} al {1}</translation>
        </message>
        <message>
            <source>{1} is already met</source>
            <translation>{1} is al gehaald</translation>
        </message>
        <message>
            <source>{0} does not reach {1} by {2}</source>
            <translation>haalt {0} {1} niet vóór {2}</translation>
        </message>
        <message>
            <source>{1} is not reached by {2}</source>
            <translation>{1} wordt niet gehaald vóór {2}</translation>
        </message>
        <message>
            <source> to get there by {0}</source>
            <translation> om er in {0} te komen</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year above inflation from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} {0} per jaar boven de inflatie stijgen</translation>
        </message>
        <message>
            <source>{0:+g} points</source>
            <translation>{0:+g} %-punt</translation>
        </message>
        <message>
            <source>Spain's position</source>
            <translation>Standpunt van Spanje</translation>
        </message>
        <message>
            <source>Hague core, 2035</source>
            <translation>Den Haag (kern), 2035</translation>
        </message>
        <message>
            <source>Hague total, 2035</source>
            <translation>Den Haag (totaal), 2035</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, prijzen van {1}</translation>
        </message>
        <message>
            <source>Real growth on the IMF path (own inflation only)</source>
            <translation>Reële groei volgens het IMF-pad (alleen eigen inflatie)</translation>
        </message>
        <message>
            <source>Inflation on the IMF path (own real growth only)</source>
            <translation>Inflatie volgens het IMF-pad (alleen eigen reële groei)</translation>
        </message>
        <message>
            <source>Own nominal GDP path</source>
            <translation>Eigen pad van het nominale bbp</translation>
        </message>
        <message>
            <source>Source of the own GDP path</source>
            <translation>Bron van het eigen bbp-pad</translation>
        </message>
        <message>
            <source>Glide path never below the current share</source>
            <translation>Pad nooit onder het huidige aandeel</translation>
        </message>
        <message>
            <source>Base-year spending from</source>
            <translation>Uitgaven in het basisjaar volgens</translation>
        </message>
        <message>
            <source>Own base-year share (% of GDP)</source>
            <translation>Eigen aandeel in het basisjaar (% van het bbp)</translation>
        </message>
        <message>
            <source>Own base-year amount (bn)</source>
            <translation>Eigen bedrag in het basisjaar (mld.)</translation>
        </message>
        <message>
            <source>Currency of the money</source>
            <translation>Valuta van de bedragen</translation>
        </message>
        <message>
            <source>Extra spending measured against</source>
            <translation>Extra uitgaven gemeten ten opzichte van</translation>
        </message>
        <message>
            <source>Own baseline amounts</source>
            <translation>Bedragen van de eigen referentie</translation>
        </message>
        <message>
            <source>Own baseline's name</source>
            <translation>Naam van de eigen referentie</translation>
        </message>
        <message>
            <source>Extra spending summed from</source>
            <translation>Extra uitgaven opgeteld vanaf</translation>
        </message>
        <message>
            <source>Extra spending summed to</source>
            <translation>Extra uitgaven opgeteld tot en met</translation>
        </message>
        <message>
            <source>Claim checked</source>
            <translation>Gecontroleerde bewering</translation>
        </message>
        <message>
            <source>not used: on its IMF path</source>
            <translation>niet gebruikt: volgt het IMF-pad</translation>
        </message>
        <message>
            <source>constant {0} real growth, inflation on its IMF path</source>
            <translation>constante reële groei van {0}, inflatie volgens het IMF-pad</translation>
        </message>
        <message>
            <source>real growth on its IMF path, constant {0} inflation</source>
            <translation>reële groei volgens het IMF-pad, constante inflatie van {0}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in real terms from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} reëel {0} per jaar dalen</translation>
        </message>
        <message>
            <source>With core defence spending unchanged in real terms from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} reëel gelijk blijven</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year in cash terms from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} nominaal {0} per jaar stijgen</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in cash terms from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} nominaal {0} per jaar dalen</translation>
        </message>
        <message>
            <source>With core defence spending frozen in cash terms from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} nominaal bevroren zijn</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1} (the glide target {2} is below it)</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} op {0:.2f} % van het bbp blijven (het doel van het groeipad, {2}, ligt eronder)</translation>
        </message>
        <message>
            <source>With core defence spending on a straight line from {0:.2f} % of GDP in {1} to {2} by {3}</source>
            <translation>Met kerndefensie-uitgaven die in een rechte lijn gaan van {0:.2f} % van het bbp in {1} naar {2} in {3}</translation>
        </message>
        <message>
            <source>With {0} added to core defence spending each year from {1}</source>
            <translation>Met vanaf {1} elk jaar {0} extra voor kerndefensie</translation>
        </message>
        <message>
            <source>With {0} taken off core defence spending each year from {1}</source>
            <translation>Met vanaf {1} elk jaar {0} minder voor kerndefensie</translation>
        </message>
        <message>
            <source>With core defence spending following the custom path from {0}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {0} het eigen pad volgen</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1}</source>
            <translation>Met kerndefensie-uitgaven die vanaf {1} op {0:.2f} % van het bbp blijven</translation>
        </message>
        <message>
            <source> even though core spending could fall {0:.1f} % a year in cash terms from {1} and still get there{2}</source>
            <translation> terwijl de kernuitgaven vanaf {1} nominaal {0:.1f} % per jaar zouden kunnen dalen en het toch halen{2}</translation>
        </message>
        <message>
            <source> even though spending could fall {0:.1f} % a year and still get there{2}</source>
            <translation> terwijl de uitgaven {0:.1f} % per jaar zouden kunnen dalen en het toch halen{2}</translation>
        </message>
        <message>
            <source> and would need core spending to grow {0:.1f} % a year in cash terms from {1}{2}</source>
            <translation> en zou kernuitgaven nodig hebben die vanaf {1} nominaal {0:.1f} % per jaar groeien{2}</translation>
        </message>
        <message>
            <source> and would need {0:.1f} % a year{2}</source>
            <translation> en zou {0:.1f} % per jaar nodig hebben{2}</translation>
        </message>
        <message>
            <source>{0}, {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.</source>
            <translation>{0}, besteedt {1} in {3} {2:.2f} % van het bbp; er is geen drempel ingeschakeld.</translation>
        </message>
        <message>
            <source>{0} (related spending assumed at 0 %)</source>
            <translation>{0} (gerelateerde uitgaven verondersteld op 0 %)</translation>
        </message>
        <message>
            <source> but is on this path in {0}, by the {1} target</source>
            <translation> maar haalt het op dit pad in {0}, vóór het doel van {1}</translation>
        </message>
        <message>
            <source> (but falls below it again)</source>
            <translation> (maar zakt er weer onder)</translation>
        </message>
        <message>
            <source>credible: the core share never falls and reaches 3.5 % by 2035</source>
            <translation>geloofwaardig: het kernaandeel daalt nooit en haalt 3,5 % in 2035</translation>
        </message>
        <message>
            <source>not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %</source>
            <translation>geen pad naar 3,5 % in 2035: het kernaandeel in 2035 is {0:.2f} %</translation>
        </message>
        <message>
            <source>reaches 3.5 % by 2035 but the core share falls on the way</source>
            <translation>haalt 3,5 % in 2035, maar het kernaandeel daalt onderweg</translation>
        </message>
        <message>
            <source>on the line</source>
            <translation>op de lijn</translation>
        </message>
        <message>
            <source>{0:.2f} pp above the line</source>
            <translation>{0:.2f} %-punt boven de lijn</translation>
        </message>
        <message>
            <source>{0:.2f} pp below the line</source>
            <translation>{0:.2f} %-punt onder de lijn</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>op koers</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>achter</translation>
        </message>
        <message>
            <source>At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in 2035 ({2}, {3}).</source>
            <translation>Bij de herziening van 2029: {0:.2f} % tegenover {1:.2f} % op de rechte lijn naar 3,5 % in 2035 ({2}, {3}).</translation>
        </message>
        <message>
            <source>Hague path check: {0}.</source>
            <translation>Toets van het Haagse pad: {0}.</translation>
        </message>
        <message>
            <source>the same as {0}</source>
            <translation>evenveel als {0}</translation>
        </message>
        <message>
            <source>{0} less than {1}</source>
            <translation>{0} minder dan {1}</translation>
        </message>
        <message>
            <source>{0} more than {1}</source>
            <translation>{0} meer dan {1}</translation>
        </message>
        <message>
            <source>a constant share</source>
            <translation>een constant aandeel</translation>
        </message>
        <message>
            <source>a cash freeze</source>
            <translation>een nominale bevriezing</translation>
        </message>
        <message>
            <source>a real freeze</source>
            <translation>een reële bevriezing</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}, {5}.</source>
            <translation>Kernuitgaven {0}–{1}, cumulatief: {2}, {3}, {4}, {5}.</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
            <translation>Kernuitgaven {0}–{1}, cumulatief: {2}, {3}, {4}.</translation>
        </message>
        <message>
            <source>Amounts in {0} prices.</source>
            <translation>Bedragen in prijzen van {0}.</translation>
        </message>
        <message>
            <source>Money is in billions of national currency, current prices; projected spending is derived (share × GDP), not published by NATO.</source>
            <translation>Geld staat in miljarden nationale munt, lopende prijzen; de geprojecteerde uitgaven zijn afgeleid (aandeel × bbp), niet door de NAVO gepubliceerd.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending; it is 0 % of GDP unless the scenario sets it.</source>
            <translation>De NAVO publiceert geen cijfer per bondgenoot voor defensie- en veiligheidsgerelateerde uitgaven; ze zijn 0 % van het bbp tenzij het scenario ze vastlegt.</translation>
        </message>
        <message>
            <source>NATO defines defence expenditure as payments made by a national government specifically to meet the needs of its armed forces, those of Allies or of the Alliance: personnel (including pensions), operations and maintenance, equipment, infrastructure and research and development. Since the 2026 edition NATO calls it core defence expenditure.</source>
            <translation>De NAVO definieert defensie-uitgaven als betalingen die een nationale overheid specifiek doet om te voorzien in de behoeften van haar strijdkrachten, die van bondgenoten of van het bondgenootschap: personeel (inclusief pensioenen), exploitatie en onderhoud, materieel, infrastructuur en onderzoek en ontwikkeling. Sinds de editie van 2026 spreekt de NAVO van kerndefensie-uitgaven.</translation>
        </message>
        <message>
            <source>The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.</source>
            <translation>Den Haag 2025: uiterlijk in 2035 ten minste 3,5 % van het bbp per jaar aan kerndefensie, plus tot 1,5 % om vitale infrastructuur te beschermen, netwerken te verdedigen, civiele paraatheid en weerbaarheid te waarborgen, innovatie te stimuleren en de defensie-industriële basis te versterken.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % of GDP here: the total equals core and a total threshold counts core spending only.</source>
            <translation>De NAVO publiceert geen cijfer per bondgenoot voor defensie- en veiligheidsgerelateerde uitgaven, dus die zijn hier 0 % van het bbp: het totaal is gelijk aan de kern en een totaaldrempel telt alleen de kernuitgaven.</translation>
        </message>
        <message>
            <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO's Hague rule); this path reaches {1:.2f} %.</source>
            <translation>Gerelateerde uitgaven boven {0:g} % van het bbp tellen in het totaal maar tot {0:g} % mee (Haagse regel van de NAVO); dit pad komt op {1:.2f} %.</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>houdt stand</translation>
        </message>
        <message>
            <source>falls below again</source>
            <translation>zakt er weer onder</translation>
        </message>
        <message>
            <source>reached · holds</source>
            <translation>bereikt · houdt stand</translation>
        </message>
        <message>
            <source>reached · falls below again</source>
            <translation>bereikt · zakt er weer onder</translation>
        </message>
        <message>
            <source>{0} at constant growth rates</source>
            <translation>{0} bij constante groeipercentages</translation>
        </message>
        <message>
            <source>{0} on this path</source>
            <translation>{0} op dit pad</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} in {1}</translation>
        </message>
        <message>
            <source>could fall {0:.1f} % a year from {1} (nominal)</source>
            <translation>zou vanaf {1} {0:.1f} % per jaar kunnen dalen (nominaal)</translation>
        </message>
        <message>
            <source>needs {0:.1f} % a year from {1} (nominal)</source>
            <translation>vraagt vanaf {1} {0:.1f} % per jaar (nominaal)</translation>
        </message>
        <message>
            <source>Money in {0}: NATO publishes {1}; the projection derives {2} (NATO share × IMF GDP), {3:+.0f} %. The money chart marks the step.</source>
            <translation>Geld in {0}: de NAVO publiceert {1}; de projectie leidt {2} af (NAVO-aandeel × IMF-bbp), {3:+.0f} %. De geldgrafiek markeert de sprong.</translation>
        </message>
        <message>
            <source>Chart of {0}'s defence spending, {1}–{2}.</source>
            <translation>Grafiek van de defensie-uitgaven van {0}, {1}–{2}.</translation>
        </message>
        <message>
            <source>History (NATO, solid line): core spending was {0} of GDP in {1} and {2} in {3}.</source>
            <translation>Historie (NAVO, doorgetrokken lijn): de kernuitgaven waren {0} van het bbp in {1} en {2} in {3}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share goes from {1} in {2} to {3} in {4}.</source>
            <translation>Projectie (stippellijn): {0}, het kernaandeel gaat van {1} in {2} naar {3} in {4}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share stays at {1} from {2} to {3}.</source>
            <translation>Projectie (stippellijn): {0}, het kernaandeel blijft {1} van {2} tot {3}.</translation>
        </message>
        <message>
            <source>It is highest in {1}, at {0}.</source>
            <translation>Het is het hoogst in {1}, met {0}.</translation>
        </message>
        <message>
            <source>With related spending counted, the total share is {0} in {1}.</source>
            <translation>Met de gerelateerde uitgaven meegeteld is het totale aandeel {0} in {1}.</translation>
        </message>
        <message>
            <source>Threshold line {0}: {1}.</source>
            <translation>Drempellijn {0}: {1}.</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Er is geen drempel ingeschakeld.</translation>
        </message>
        <message>
            <source>Money chart: core spending goes from {0} in {1} to {2} in {3}.</source>
            <translation>Geldgrafiek: de kernuitgaven gaan van {0} in {1} naar {2} in {3}.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scenario's naast elkaar</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Current: {0}</source>
            <translation>Huidig: {0}</translation>
        </message>
        <message>
            <source>{0} {1}
by {2}</source>
            <translation>{0} {1}
in {2}</translation>
        </message>
        <message>
            <source>Core share
in {0}</source>
            <translation>Kernaandeel
in {0}</translation>
        </message>
        <message>
            <source>Total share
in {0}</source>
            <translation>Totaal aandeel
in {0}</translation>
        </message>
        <message>
            <source>Extra vs {0}
cumulative to {1}</source>
            <translation>Extra t.o.v. {0}
cumulatief tot {1}</translation>
        </message>
        <message>
            <source>{0}, lost</source>
            <translation>{0}, verloren</translation>
        </message>
        <message>
            <source>not by {0} ({1})</source>
            <translation>niet vóór {0} ({1})</translation>
        </message>
        <message>
            <source>{0} (to {1})</source>
            <translation>{0} (tot {1})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>gelijk</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached; “lost”: the share falls back below it by the horizon; “not by 2035 (2041)”: reached in 2041 if the path runs on. Extra spending is core spending above the baseline, summed from the year after each scenario's base year, in the ally's currency.</source>
            <translation>De jaren tonen wanneer elke drempel voor het eerst wordt bereikt; ‘verloren’: het aandeel zakt er vóór de horizon weer onder; ‘niet vóór 2035 (2041)’: bereikt in 2041 als het pad doorloopt. Extra uitgaven zijn kernuitgaven boven de referentie, opgeteld vanaf het jaar na het basisjaar van elk scenario, in de munt van de bondgenoot.</translation>
        </message>
        <message>
            <source>The EU measures defence by COFOG division 02 (national accounts); this app has NATO's figures only, so NATO's core share stands in for COFOG 02.</source>
            <translation>De EU meet defensie met COFOG-afdeling 02 (nationale rekeningen); deze app heeft alleen de NAVO-cijfers, dus het kernaandeel van de NAVO staat in voor COFOG 02.</translation>
        </message>
        <message>
            <source>Germany: since March 2025 defence and some security spending above 1 % of GDP is exempt from the debt brake, on a broader definition than NATO's (also civil protection, intelligence, IT security and aid to states under attack).</source>
            <translation>Duitsland: sinds maart 2025 vallen defensie- en sommige veiligheidsuitgaven boven 1 % van het bbp buiten de schuldrem, volgens een ruimere definitie dan die van de NAVO (ook civiele bescherming, inlichtingen, IT-beveiliging en hulp aan aangevallen staten).</translation>
        </message>
        <message>
            <source>borrowed at {0}</source>
            <translation>geleend tegen {0}</translation>
        </message>
        <message>
            <source>paid for by taxes or cuts (nothing borrowed; interest {0})</source>
            <translation>betaald met belastingen of bezuinigingen (niets geleend; rente {0})</translation>
        </message>
        <message>
            <source>{0} borrowed at {1} and the rest paid for by taxes or cuts</source>
            <translation>{0} geleend tegen {1} en de rest betaald met belastingen of bezuinigingen</translation>
        </message>
        <message>
            <source>{0}, this leaves debt unchanged by {1}</source>
            <translation>{0}, blijft de schuld in {1} ongewijzigd</translation>
        </message>
        <message>
            <source>{0}, this adds {1:.1f} points to debt by {2}</source>
            <translation>{0}, stijgt de schuld met {1:.1f} procentpunt tegen {2}</translation>
        </message>
        <message>
            <source>{0}, this lowers debt by {1:.1f} points by {2}</source>
            <translation>{0}, daalt de schuld met {1:.1f} procentpunt tegen {2}</translation>
        </message>
        <message>
            <source>By {0} general government gross debt is {1:.1f} % of GDP, against {2:.1f} % without the extra spending ({3:+.1f} points); the extra debt is {4} and the extra deficit {5:.2f} % of GDP that year, with interest at {6} a year on the extra debt.</source>
            <translation>In {0} is de bruto overheidsschuld {1:.1f} % van het bbp, tegenover {2:.1f} % zonder de extra uitgaven ({3:+.1f} procentpunt); de extra schuld is {4} en het extra tekort {5:.2f} % van het bbp in dat jaar, met een rente van {6} per jaar op de extra schuld.</translation>
        </message>
        <message>
            <source>Fiscal assumptions: the extra spending is core and related spending above {0}, from {1}; {2} of it is borrowed at an effective interest rate of {3} a year (nominal; an assumption, as the IMF publishes no such rate) and the rest is paid for by taxes or cuts elsewhere. The extra spending does not change GDP. Debt without it: the IMF's gross debt (WEO October 2025) to 2030, then rising by the IMF's 2030 deficit.</source>
            <translation>Begrotingsaannames: de extra uitgaven zijn kern- en gerelateerde uitgaven boven {0}, vanaf {1}; {2} daarvan wordt geleend tegen een effectieve rente van {3} per jaar (nominaal; een aanname, want het IMF publiceert zo'n rente niet) en de rest wordt betaald met belastingen of bezuinigingen elders. De extra uitgaven veranderen het bbp niet. Schuld zonder die uitgaven: de bruto schuld volgens het IMF (WEO oktober 2025) tot 2030, daarna oplopend met het IMF-tekort van 2030.</translation>
        </message>
        <message>
            <source>All of the extra spending is borrowed: no tax rise or cut pays for it.</source>
            <translation>Alle extra uitgaven worden geleend: geen belastingverhoging of bezuiniging betaalt ervoor.</translation>
        </message>
        <message>
            <source>In {0} spending is not above {1}: there is nothing to pay for.</source>
            <translation>In {0} liggen de uitgaven niet boven {1}: er valt niets te betalen.</translation>
        </message>
        <message>
            <source>The part not borrowed in {0}, {1}, takes a tax rise of {2:.2f} % of GDP ({3:.1f} % of general government revenue), or a cut of {4:.1f} % in other government spending.</source>
            <translation>Het niet-geleende deel in {0}, {1}, vraagt een belastingverhoging van {2:.2f} % van het bbp ({3:.1f} % van de overheidsinkomsten) of een bezuiniging van {4:.1f} % op andere overheidsuitgaven.</translation>
        </message>
        <message>
            <source>{0} is not in the EU: its escape clause does not apply.</source>
            <translation>{0} is geen EU-lid: de ontsnappingsclausule geldt niet.</translation>
        </message>
        <message>
            <source>The EU national escape clause is switched off here; the Council activated it for {0} on 8 July 2025 (as reported).</source>
            <translation>De nationale ontsnappingsclausule van de EU staat hier uit; de Raad activeerde haar voor {0} op 8 juli 2025 (volgens berichten).</translation>
        </message>
        <message>
            <source>The EU national escape clause is not activated for {0}: the Council activated it on 8 July 2025 for 15 states, {0} not among them (as reported). Switch it on to see what it would cover.</source>
            <translation>De nationale ontsnappingsclausule van de EU is niet geactiveerd voor {0}: de Raad activeerde haar op 8 juli 2025 voor 15 staten, {0} niet daaronder (volgens berichten). Zet haar aan om te zien wat ze zou dekken.</translation>
        </message>
        <message>
            <source>The EU national escape clause covers 2025 to 2028; this scenario ends before 2028 or has no 2021 figure.</source>
            <translation>De nationale ontsnappingsclausule van de EU dekt 2025 tot en met 2028; dit scenario eindigt vóór 2028 of heeft geen cijfer voor 2021.</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025, as reported</source>
            <translation>geactiveerd door de Raad op 8 juli 2025, volgens berichten</translation>
        </message>
        <message>
            <source>switched on here; the Council has not</source>
            <translation>hier aangezet; de Raad heeft dat niet gedaan</translation>
        </message>
        <message>
            <source>EU national escape clause ({0}): from 2025 to 2028 the rise of the core share above its 2021 level of {1:.2f} % is covered up to 1.5 points of GDP; in 2028 {2:.2f} points are covered and {3:.2f} are not.</source>
            <translation>Nationale ontsnappingsclausule van de EU ({0}): van 2025 tot en met 2028 is de stijging van het kernaandeel boven het niveau van 2021 van {1:.2f} % gedekt tot 1,5 procentpunt bbp; in 2028 zijn {2:.2f} procentpunt gedekt en {3:.2f} niet.</translation>
        </message>
        <message>
            <source>After 2028 nothing is covered (the 2028 cliff): in {0} all {1:.2f} points of the rise are outside the clause.</source>
            <translation>Na 2028 is niets meer gedekt (de klif van 2028): in {0} vallen alle {1:.2f} procentpunt van de stijging buiten de clausule.</translation>
        </message>
        <message>
            <source>On this path the core share is {0:.2f} % of GDP in {1}: {2:.2f} points above 1 %.</source>
            <translation>Op dit pad is het kernaandeel {0:.2f} % van het bbp in {1}: {2:.2f} procentpunt boven 1 %.</translation>
        </message>
        <message>
            <source>NATO share × IMF GDP (derived)</source>
            <translation>NAVO-aandeel × IMF-bbp (afgeleid)</translation>
        </message>
        <message>
            <source>user's figure (share of GDP)</source>
            <translation>cijfer van de gebruiker (aandeel in het bbp)</translation>
        </message>
        <message>
            <source>user's figure (amount)</source>
            <translation>cijfer van de gebruiker (bedrag)</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>door de NAVO gepubliceerde uitgaven</translation>
        </message>
        <message>
            <source>the user's own baseline</source>
            <translation>de eigen referentie van de gebruiker</translation>
        </message>
        <message>
            <source>Extra vs {0}</source>
            <translation>Extra t.o.v. {0}</translation>
        </message>
        <message>
            <source>current prices</source>
            <translation>lopende prijzen</translation>
        </message>
        <message>
            <source>in {0} prices</source>
            <translation>in prijzen van {0}</translation>
        </message>
        <message>
            <source>Base-year spending ({0}): {1}, {2} = {3} of GDP</source>
            <translation>Uitgaven in het basisjaar ({0}): {1}, {2} = {3} van het bbp</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>niet genoemd</translation>
        </message>
        <message>
            <source>GDP: own figures {0} (source: {1}); constant nominal growth between them, the economy path's growth after the last</source>
            <translation>bbp: eigen cijfers {0} (bron: {1}); constante nominale groei ertussen, na het laatste de groei van het economische pad</translation>
        </message>
        <message>
            <source>Real growth and inflation: IMF path</source>
            <translation>Reële groei en inflatie: IMF-pad</translation>
        </message>
        <message>
            <source>Real growth: IMF path; inflation: constant {0}</source>
            <translation>Reële groei: IMF-pad; inflatie: constant {0}</translation>
        </message>
        <message>
            <source>Inflation: IMF path; real growth: constant {0}</source>
            <translation>Inflatie: IMF-pad; reële groei: constant {0}</translation>
        </message>
        <message>
            <source>Money: billions of {0}, {1}</source>
            <translation>Geld: miljarden {0}, {1}</translation>
        </message>
        <message>
            <source>; converted from {0} at the fixed rate {1:.5f} {0} per {2}</source>
            <translation>; omgerekend vanuit {0} tegen de vaste koers van {1:.5f} {0} per {2}</translation>
        </message>
        <message>
            <source>; converted from {0} at the exchange rate implied by the IMF (NGDP / NGDPD{3}), {1:.4f} {2} per {0} in {4}, {5}</source>
            <translation>; omgerekend vanuit {0} tegen de wisselkoers die het IMF impliceert (NGDP / NGDPD{3}), {1:.4f} {2} per {0} in {4}, {5}</translation>
        </message>
        <message>
            <source>; EUR via Germany's implied rate</source>
            <translation>; EUR via de impliciete koers van Duitsland</translation>
        </message>
        <message>
            <source>the base year's rate for every year</source>
            <translation>de koers van het basisjaar voor elk jaar</translation>
        </message>
        <message>
            <source>each year's rate, held at its 2030 value after 2030</source>
            <translation>de koers van elk jaar, na 2030 op de waarde van 2030 gehouden</translation>
        </message>
        <message>
            <source>Claim check: {0:,.2f} bn {9} being {1:g} % of GDP in {2} implies GDP of {3:,.2f} bn {9}, nominal growth of {4:.2f} % a year from {8}; the IMF path has {5:,.2f} bn {9} ({6:.2f} % a year), so the claim's GDP is {7:+.1f} % against the IMF's</source>
            <translation>Controle van de bewering: {0:,.2f} mld. {9} als {1:g} % van het bbp in {2} impliceert een bbp van {3:,.2f} mld. {9}, een nominale groei van {4:.2f} % per jaar vanaf {8}; het IMF-pad heeft {5:,.2f} mld. {9} ({6:.2f} % per jaar), dus het bbp van de bewering wijkt {7:+.1f} % af van dat van het IMF</translation>
        </message>
        <message>
            <source>Base-year core spending</source>
            <translation>Kernuitgaven in het basisjaar</translation>
        </message>
        <message>
            <source>Base-year core spending ({0})</source>
            <translation>Kernuitgaven in het basisjaar ({0})</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>meegeleverd</translation>
        </message>
        <message>
            <source>Equipment: {0:.1f}% of defence spending in {1} ({2} NATO's {3:g}% guideline); {3:g}% of the projected budget is {4} in the base year and {5} at the horizon. Source: {6}.</source>
            <translation>Materieel: {0:.1f}% van de defensie-uitgaven in {1} ({2} de NAVO-richtlijn van {3:g}%); {3:g}% van de geprojecteerde begroting is {4} in het basisjaar en {5} aan de horizon. Bron: {6}.</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Wat er tussen edities is veranderd</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets. A (the figures of this report): {1}. B: {2}.</source>
            <translation>{0}: hetzelfde scenario op twee datasets. A (de cijfers van dit rapport): {1}. B: {2}.</translation>
        </message>
        <message>
            <source>NATO revises past years in every edition and adds a new estimate, so the base share, the base-year money and with them the crossing years can move although no assumption changed.</source>
            <translation>De NAVO herziet in elke editie eerdere jaren en voegt een nieuwe raming toe, zodat het aandeel in het basisjaar, het bedrag in dat jaar en daarmee de jaren waarin drempels worden gehaald kunnen verschuiven zonder dat een aanname is veranderd.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <source>B: {0}</source>
            <translation>B: {0}</translation>
        </message>
        <message>
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <source>NATO's equipment guideline (20%)</source>
            <translation>NAVO-richtlijn voor materieel (20%)</translation>
        </message>
        <message>
            <source>Equipment, % of defence spending</source>
            <translation>Materieel, % van de defensie-uitgaven</translation>
        </message>
        <message>
            <source>Personnel, % of defence spending</source>
            <translation>Personeel, % van de defensie-uitgaven</translation>
        </message>
        <message>
            <source>Core spending ({0})</source>
            <translation>Kernuitgaven ({0})</translation>
        </message>
        <message>
            <source>20% of it for equipment ({0})</source>
            <translation>20% daarvan voor materieel ({0})</translation>
        </message>
        <message>
            <source>Shares as NATO published them in edition {0} (e: estimate); the money is 20% of this scenario's projected core spending, which the guideline asks to go to major equipment and its research and development.</source>
            <translation>Aandelen zoals de NAVO ze in editie {0} publiceerde (e: raming); het bedrag is 20% van de geprojecteerde kernuitgaven van dit scenario, die de richtlijn aan groot materieel en het onderzoek en de ontwikkeling daarvan wil besteden.</translation>
        </message>
        <message>
            <source>% of defence spending</source>
            <translation>% van de defensie-uitgaven</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Materieel</translation>
        </message>
        <message>
            <source>Personnel</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>NATO guideline: 20% on equipment</source>
            <translation>NAVO-richtlijn: 20% voor materieel</translation>
        </message>
        <message>
            <source>{0}: {1}. Source: {2}.</source>
            <translation>{0}: {1}. Bron: {2}.</translation>
        </message>
        <message>
            <source>Chart: {0}, {1}, equipment and personnel as % of defence spending, as published in {2} (Table 8a; hollow: estimate).</source>
            <translation>Grafiek: {0}, {1}, materieel en personeel als % van de defensie-uitgaven, zoals gepubliceerd in {2} (tabel 8a; open: raming).</translation>
        </message>
        <message>
            <source>core spending would fall below zero; it is held at zero from then on</source>
            <translation>de kernuitgaven zouden onder nul dalen; ze worden vanaf dan op nul gehouden</translation>
        </message>
        <message>
            <source>NATO's {0} edition has no {1} figure for {2}, so the base year is {3}</source>
            <translation>De NAVO-editie {0} heeft geen cijfer voor {1} voor {2}, dus het basisjaar is {3}</translation>
        </message>
        <message>
            <source>Iceland has no armed forces; NATO publishes no defence expenditure figure for it.</source>
            <translation>IJsland heeft geen strijdkrachten; de NAVO publiceert er geen cijfer voor defensie-uitgaven voor.</translation>
        </message>
        <message>
            <source>Values are copied as published; nothing is rounded, interpolated or estimated.</source>
            <translation>De waarden zijn overgenomen zoals gepubliceerd; niets is afgerond, geïnterpoleerd of geschat.</translation>
        </message>
        <message>
            <source>NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK).</source>
            <translation>NAVO-jaar J is het begrotingsjaar dat de meeste maanden ervan bevat (2025 = begrotingsjaar 2025/26 voor Canada en het Verenigd Koninkrijk).</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending (the 1.5% category).</source>
            <translation>De NAVO publiceert per bondgenoot geen cijfer voor defensie- en veiligheidsgerelateerde uitgaven (de categorie van 1,5 %).</translation>
        </message>
        <message>
            <source>derived: NATO share × IMF GDP</source>
            <translation>afgeleid: NAVO-aandeel × bbp van het IMF</translation>
        </message>
        <message>
            <source>user's figure: share of GDP × IMF GDP</source>
            <translation>eigen cijfer: aandeel van het bbp × bbp van het IMF</translation>
        </message>
        <message>
            <source>user's figure: amount</source>
            <translation>eigen cijfer: bedrag</translation>
        </message>
        <message>
            <source>{0:g}% {1}</source>
            <translation>{0:g}% {1}</translation>
        </message>
        <message>
            <source>The glide target {0} is below the current share {1}: never below the current share, so the share is held at {1} (allow cuts to glide down)</source>
            <translation>Het doel van het groeipad ({0}) ligt onder het huidige aandeel ({1}): nooit onder het huidige aandeel, dus het aandeel blijft {1} (sta bezuinigingen toe om te dalen)</translation>
        </message>
        <message>
            <source>NATO Europe and Canada</source>
            <translation>NAVO Europa en Canada</translation>
        </message>
        <message>
            <source>All allies</source>
            <translation>Alle bondgenoten</translation>
        </message>
        <message>
            <source>Totals in billions of {0}, {1}, each ally converted at its exchange rate implied by the IMF (NGDP / NGDPD). Money needed: in the target year alone (that year's gap), and over {2}–{3} (each year's shortfall below a straight line from the base year to the threshold, summed)</source>
            <translation>Totalen in miljarden {0}, {1}, elke bondgenoot omgerekend tegen zijn door het IMF geïmpliceerde wisselkoers (NGDP / NGDPD). Benodigd: alleen in het doeljaar (het tekort van dat jaar), en over {2}–{3} (het tekort van elk jaar onder een rechte lijn van het basisjaar naar de drempel, opgeteld)</translation>
        </message>
        <message>
            <source>{0}: core spending {1} in the base year, {2} in {3}</source>
            <translation>{0}: kerndefensie-uitgaven {1} in het basisjaar, {2} in {3}</translation>
        </message>
        <message>
            <source>{0}, {1} {2} by {3}</source>
            <translation>{0}, {1} {2} in {3}</translation>
        </message>
        <message>
            <source>nothing more: met on this path</source>
            <translation>niets meer: gehaald op dit pad</translation>
        </message>
        <message>
            <source>{0} more in {1} alone; {2} over {3}–{4}</source>
            <translation>{0} meer in {1} alleen; {2} over {3}–{4}</translation>
        </message>
        <message>
            <source>credible: the core share stays at or above 3.5 % through 2035</source>
            <translation>geloofwaardig: het kernaandeel blijft tot en met 2035 op of boven 3,5 %</translation>
        </message>
        <message>
            <source>How sure is that year?</source>
            <translation>Hoe zeker is dat jaar?</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Modelkaart</translation>
        </message>
        <message>
            <source>Method: AR(1) shocks to real growth and to GDP-deflator inflation around the economy path</source>
            <translation>Methode: AR(1)-schokken op de reële groei en de inflatie van de bbp-deflator rond het economische pad</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}</source>
            <translation>Geschat op de IMF-historie {0}–{1}</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}, without {2}</source>
            <translation>Geschat op de IMF-historie {0}–{1}, zonder {2}</translation>
        </message>
        <message>
            <source>Persistence, volatility and correlation set by the user</source>
            <translation>Persistentie, volatiliteit en correlatie ingesteld door de gebruiker</translation>
        </message>
        <message>
            <source>Real growth: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year</source>
            <translation>Reële groei: persistentie ρ {0:.2f}, volatiliteit σ {1:.2f} %-punt per jaar</translation>
        </message>
        <message>
            <source>Inflation: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year; correlation {2:+.2f}</source>
            <translation>Inflatie: persistentie ρ {0:.2f}, volatiliteit σ {1:.2f} %-punt per jaar; correlatie {2:+.2f}</translation>
        </message>
        <message>
            <source>{0:,} draws, seed {1}</source>
            <translation>{0:,} trekkingen, seed {1}</translation>
        </message>
        <message>
            <source>Execution risk: each year {0} of planned core spending on average not spent (spread {1} pp)</source>
            <translation>Uitvoeringsrisico: elk jaar wordt gemiddeld {0} van de geplande kernuitgaven niet besteed (spreiding {1} %-punt)</translation>
        </message>
        <message>
            <source>{0} by {1}: {2}</source>
            <translation>{0} in {1}: {2}</translation>
        </message>
        <message>
            <source>This path is fixed as a share of GDP: the share does not spread, the money does.</source>
            <translation>Dit pad ligt vast als aandeel in het bbp: het aandeel spreidt niet, het geld wel.</translation>
        </message>
        <message>
            <source>This path is fixed in money: the money does not spread, the share of GDP does.</source>
            <translation>Dit pad ligt vast in geld: het geld spreidt niet, het aandeel in het bbp wel.</translation>
        </message>
        <message>
            <source>Both the money and the share of GDP spread on this path.</source>
            <translation>Op dit pad spreiden zowel het geld als het aandeel in het bbp.</translation>
        </message>
        <message>
            <source>{0}–{1} % band</source>
            <translation>band {0}–{1} %</translation>
        </message>
        <message>
            <source>{0}th percentile</source>
            <translation>{0}e percentiel</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Doeljaar</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Kans</translation>
        </message>
        <message>
            <source>Most likely crossing</source>
            <translation>Waarschijnlijkste overschrijding</translation>
        </message>
        <message>
            <source>Not by the horizon</source>
            <translation>Niet vóór de horizon</translation>
        </message>
        <message>
            <source>Year first reached: {0}</source>
            <translation>Jaar van eerste bereiken: {0}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Share of draws</source>
            <translation>Aandeel trekkingen</translation>
        </message>
        <message>
            <source>Sensitivity: one assumption moved at a time</source>
            <translation>Gevoeligheid: telkens één aanname verschoven</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reële groei</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflatie</translation>
        </message>
        <message>
            <source>Core spending growth</source>
            <translation>Groei van de kernuitgaven</translation>
        </message>
        <message>
            <source>{0} {1:+g} pp a year</source>
            <translation>{0} {1:+g} %-punt per jaar</translation>
        </message>
        <message>
            <source>Central case</source>
            <translation>Centraal scenario</translation>
        </message>
        <message>
            <source>{0} {1}: year · share in {2}</source>
            <translation>{0} {1}: jaar · aandeel in {2}</translation>
        </message>
        <message>
            <source>Real growth and inflation move in every projected year; core spending grows the step faster or slower each year than planned.</source>
            <translation>Reële groei en inflatie verschuiven in elk geprojecteerd jaar; de kernuitgaven groeien elk jaar de stap sneller of langzamer dan gepland.</translation>
        </message>
        <message>
            <source>The shaded band on the chart holds the middle 80 % of {0} draws (10th to 90th percentile), the lighter one 90 % (5th to 95th).</source>
            <translation>De gearceerde band in de grafiek bevat de middelste 80 % van {0} trekkingen (10e tot 90e percentiel), de lichtere 90 % (5e tot 95e).</translation>
        </message>
        <message>
            <source>The band of the core share and of core money (pN: the Nth percentile of the draws)</source>
            <translation>De band van het kernaandeel en van het kerngeld (pN: het N-de percentiel van de trekkingen)</translation>
        </message>
        <message>
            <source>Core % p{0}</source>
            <translation>Kern % p{0}</translation>
        </message>
        <message>
            <source>Core bn {1} p{0}</source>
            <translation>Kern mld. {1} p{0}</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Kernaandeel, 10e tot 90e percentiel van de trekkingen</translation>
        </message>
        <message>
            <source>{0} by {1}: …</source>
            <translation>{0} in {1}: …</translation>
        </message>
        <message>
            <source>constant base-year prices</source>
            <translation>constante prijzen van het basisjaar</translation>
        </message>
        <message>
            <source>national currency</source>
            <translation>nationale munt</translation>
        </message>
        <message>
            <source>US dollars (IMF implied rate)</source>
            <translation>Amerikaanse dollars (impliciete IMF-koers)</translation>
        </message>
        <message>
            <source>euros (IMF implied rate)</source>
            <translation>euro's (impliciete IMF-koers)</translation>
        </message>
        <message>
            <source>Dataset: {0} (bundled)</source>
            <translation>Dataset: {0} (meegeleverd)</translation>
        </message>
        <message>
            <source>Dataset: {0} (imported {1})</source>
            <translation>Dataset: {0} (geïmporteerd op {1})</translation>
        </message>
        <message>
            <source>NATO {0}</source>
            <translation>NAVO {0}</translation>
        </message>
        <message>
            <source>{0}: release of {1}, cut-off {2}. Data ▸ Datasets… lists and switches datasets.</source>
            <translation>{0}: publicatie van {1}, peildatum {2}. Gegevens ▸ Datasets… toont en wisselt datasets.</translation>
        </message>
        <message>
            <source>Equipment: dataset {0} has no distribution by category (NATO's Tables 8a/8b), so its share against NATO's 20% guideline is not known; import a NATO workbook that has them.</source>
            <translation>Materieel: dataset {0} heeft geen verdeling per categorie (NAVO-tabellen 8a/8b), dus het aandeel ten opzichte van de NAVO-richtlijn van 20% is onbekend; importeer een NAVO-werkmap die ze bevat.</translation>
        </message>
        <message>
            <source>Dataset {0} has no {1} edition; using its {2} edition.</source>
            <translation>Dataset {0} heeft geen editie {1}; de editie {2} wordt gebruikt.</translation>
        </message>
        <message>
            <source>Extra spending measured against {0}, summed over {1}–{2}</source>
            <translation>Extra uitgaven gemeten ten opzichte van {0}, opgeteld over {1}–{2}</translation>
        </message>
        <message>
            <source>Base year {0} is not in dataset {1}; using its latest year ({2}).</source>
            <translation>Basisjaar {0} zit niet in dataset {1}; het laatste jaar ({2}) wordt gebruikt.</translation>
        </message>
        <message>
            <source>{0} cannot be projected with dataset {1}; showing {2}.</source>
            <translation>{0} kan niet worden geprojecteerd met dataset {1}; {2} wordt getoond.</translation>
        </message>
        <message>
            <source>Base share, % of GDP</source>
            <translation>Basisaandeel, % van het bbp</translation>
        </message>
        <message>
            <source>Reaches {0}</source>
            <translation>Haalt {0}</translation>
        </message>
        <message>
            <source>Required growth for {0} by {1}, % a year</source>
            <translation>Benodigde groei voor {0} in {1}, % per jaar</translation>
        </message>
        <message>
            <source>met ({0})</source>
            <translation>gehaald ({0})</translation>
        </message>
        <message>
            <source>not by horizon</source>
            <translation>niet vóór de horizon</translation>
        </message>
        <message>
            <source>same</source>
            <translation>gelijk</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <source>{0} · NATO {1} (edition {2})</source>
            <translation>{0} · NAVO {1} (editie {2})</translation>
        </message>
        <message>
            <source>meets</source>
            <translation>haalt</translation>
        </message>
        <message>
            <source>is below</source>
            <translation>ligt onder</translation>
        </message>
        <message>
            <source>Personnel: {0:.1f}% of defence spending in {1}.</source>
            <translation>Personeel: {0:.1f}% van de defensie-uitgaven in {1}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Per jaar</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>Begroting</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Bondgenootschap</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Onzekerheid</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Wat is veranderd</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergelijking</translation>
        </message>
        <message>
            <source>Share of GDP</source>
            <translation>Aandeel in het bbp</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scenario's</translation>
        </message>
        <message>
            <source>Key results per threshold</source>
            <translation>Belangrijkste resultaten per drempel</translation>
        </message>
        <message>
            <source>Value (% of GDP)</source>
            <translation>Waarde (% van het bbp)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatstaf</translation>
        </message>
        <message>
            <source>Year reached</source>
            <translation>Jaar gehaald</translation>
        </message>
        <message>
            <source>Holds to horizon</source>
            <translation>Houdt stand tot de horizon</translation>
        </message>
        <message>
            <source>Share at target (%)</source>
            <translation>Aandeel in het doeljaar (%)</translation>
        </message>
        <message>
            <source>Gap at target (pp; + = short)</source>
            <translation>Verschil met het doel (pp; + = tekort)</translation>
        </message>
        <message>
            <source>Needed at target</source>
            <translation>Nodig in het doeljaar</translation>
        </message>
        <message>
            <source>Required nominal growth (%/yr)</source>
            <translation>Vereiste nominale groei (%/jaar)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Bondgenoot</translation>
        </message>
        <message>
            <source>Hague check (3.5 % core by 2035, credible incremental path)</source>
            <translation>Haagse toets (3,5 % kern vóór 2035, geloofwaardig en geleidelijk pad)</translation>
        </message>
        <message>
            <source>Core share never falls to 2035</source>
            <translation>Het kernaandeel daalt nooit tot 2035</translation>
        </message>
        <message>
            <source>Core share in 2035 (%)</source>
            <translation>Kernaandeel in 2035 (%)</translation>
        </message>
        <message>
            <source>Reaches 3.5 % core by 2035</source>
            <translation>Haalt 3,5 % kern vóór 2035</translation>
        </message>
        <message>
            <source>Credible, incremental path</source>
            <translation>Geloofwaardig, geleidelijk pad</translation>
        </message>
        <message>
            <source>2029 review</source>
            <translation>Herziening van 2029</translation>
        </message>
        <message>
            <source>2029 review: core share (%)</source>
            <translation>Herziening van 2029: kernaandeel (%)</translation>
        </message>
        <message>
            <source>2029 review: straight line to 3.5 % in 2035 (%)</source>
            <translation>Herziening van 2029: rechte lijn naar 3,5 % in 2035 (%)</translation>
        </message>
        <message>
            <source>2029 review: gap to the line (pp)</source>
            <translation>Herziening van 2029: verschil met de lijn (pp)</translation>
        </message>
        <message>
            <source>On track at the 2029 review</source>
            <translation>Op koers bij de herziening van 2029</translation>
        </message>
        <message>
            <source>vs constant share of GDP</source>
            <translation>ten opzichte van een constant aandeel in het bbp</translation>
        </message>
        <message>
            <source>vs cash freeze</source>
            <translation>ten opzichte van een nominale bevriezing</translation>
        </message>
        <message>
            <source>vs real freeze</source>
            <translation>ten opzichte van een reële bevriezing</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Reële groei %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflatie %</translation>
        </message>
        <message>
            <source>Core defence</source>
            <translation>Kerndefensie</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Kern % bbp</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Gerelateerd</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Gerelateerd % bbp</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Totaal % bbp</translation>
        </message>
        <message>
            <source>Core, base-year prices</source>
            <translation>Kern, prijzen van het basisjaar</translation>
        </message>
        <message>
            <source>Extra vs constant share</source>
            <translation>Extra t.o.v. constant aandeel</translation>
        </message>
        <message>
            <source>Extra vs cash freeze</source>
            <translation>Extra t.o.v. nominale bevriezing</translation>
        </message>
        <message>
            <source>Extra vs real freeze</source>
            <translation>Extra t.o.v. reële bevriezing</translation>
        </message>
        <message>
            <source>Core per capita</source>
            <translation>Kern per inwoner</translation>
        </message>
        <message>
            <source>Core % of gov. spending</source>
            <translation>Kern % van de overheidsuitgaven</translation>
        </message>
        <message>
            <source>Cumulative extra vs constant share</source>
            <translation>Cumulatief extra t.o.v. constant aandeel</translation>
        </message>
        <message>
            <source>Cumulative extra vs cash freeze</source>
            <translation>Cumulatief extra t.o.v. nominale bevriezing</translation>
        </message>
        <message>
            <source>Cumulative extra vs real freeze</source>
            <translation>Cumulatief extra t.o.v. reële bevriezing</translation>
        </message>
        <message>
            <source>GDP deflator index (base year = 1)</source>
            <translation>Index van de bbp-deflator (basisjaar = 1)</translation>
        </message>
        <message>
            <source>Extra spending</source>
            <translation>Extra uitgaven</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Geleend</translation>
        </message>
        <message>
            <source>Interest on extra debt</source>
            <translation>Rente op de extra schuld</translation>
        </message>
        <message>
            <source>Extra debt</source>
            <translation>Extra schuld</translation>
        </message>
        <message>
            <source>Extra deficit % GDP</source>
            <translation>Extra tekort % bbp</translation>
        </message>
        <message>
            <source>Debt % GDP without (IMF path)</source>
            <translation>Schuld % bbp zonder (IMF-pad)</translation>
        </message>
        <message>
            <source>Debt % GDP with</source>
            <translation>Schuld % bbp met</translation>
        </message>
        <message>
            <source>Effect (points of GDP)</source>
            <translation>Effect (procentpunten bbp)</translation>
        </message>
        <message>
            <source>Not borrowed</source>
            <translation>Niet geleend</translation>
        </message>
        <message>
            <source>Tax rise % GDP</source>
            <translation>Belastingverhoging % bbp</translation>
        </message>
        <message>
            <source>Government revenue</source>
            <translation>Overheidsinkomsten</translation>
        </message>
        <message>
            <source>Tax rise % revenue</source>
            <translation>Belastingverhoging % van de inkomsten</translation>
        </message>
        <message>
            <source>Other government spending</source>
            <translation>Overige overheidsuitgaven</translation>
        </message>
        <message>
            <source>Cut % other spending</source>
            <translation>Bezuiniging % overige uitgaven</translation>
        </message>
        <message>
            <source>Core share %</source>
            <translation>Kernaandeel %</translation>
        </message>
        <message>
            <source>Rise over 2021</source>
            <translation>Stijging t.o.v. 2021</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Gedekt</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Niet gedekt</translation>
        </message>
        <message>
            <source>Sources of the fiscal block</source>
            <translation>Bronnen van het begrotingsdeel</translation>
        </message>
        <message>
            <source>Interest rate on the extra debt (% a year, nominal)</source>
            <translation>Rente op de extra schuld (% per jaar, nominaal)</translation>
        </message>
        <message>
            <source>Borrowed share of the extra spending (%)</source>
            <translation>Geleend deel van de extra uitgaven (%)</translation>
        </message>
        <message>
            <source>EU escape clause applies (1 yes, 0 no)</source>
            <translation>EU-ontsnappingsclausule van toepassing (1 ja, 0 nee)</translation>
        </message>
        <message>
            <source>Core share in 2021, % of GDP (stand-in for COFOG 02)</source>
            <translation>Kernaandeel in 2021, % van het bbp (in plaats van COFOG 02)</translation>
        </message>
        <message>
            <source>Differs from the default</source>
            <translation>Wijkt af van de standaard</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standaard</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Wijkt af</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Gegevensbronnen</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>Dataset title</source>
            <translation>Titel van de dataset</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Versie van de app</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Bron-id</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Editie</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Peildatum</translation>
        </message>
        <message>
            <source>Estimates</source>
            <translation>Ramingen</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Files and SHA-256 checksums</source>
            <translation>Bestanden en SHA-256-controlesommen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rijen</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>Core %</source>
            <translation>Kern %</translation>
        </message>
        <message>
            <source>Related %</source>
            <translation>Gerelateerd %</translation>
        </message>
        <message>
            <source>Total %</source>
            <translation>Totaal %</translation>
        </message>
        <message>
            <source>Extra vs const. share</source>
            <translation>Extra t.o.v. constant aandeel</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Kern % overheidsuitg.</translation>
        </message>
        <message>
            <source>Debt % GDP without</source>
            <translation>Schuld % bbp zonder</translation>
        </message>
        <message>
            <source>Effect (points)</source>
            <translation>Effect (punten)</translation>
        </message>
        <message>
            <source>Escape clause: covered</source>
            <translation>Ontsnappingsclausule: gedekt</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>niet gedekt</translation>
        </message>
        <message>
            <source>Budget impact: deficit and debt</source>
            <translation>Begrotingseffect: tekort en schuld</translation>
        </message>
        <message>
            <source>Sources of the fiscal block:</source>
            <translation>Bronnen van het begrotingsdeel:</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Groeicorrectie</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflatiecorrectie</translation>
        </message>
        <message>
            <source>Related spending</source>
            <translation>Gerelateerde uitgaven</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>laatste</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notities:</translation>
        </message>
        <message>
            <source>Base %</source>
            <translation>Basisaandeel %</translation>
        </message>
        <message>
            <source>Your own numbers:</source>
            <translation>Uw eigen cijfers:</translation>
        </message>
        <message>
            <source>unnamed scenario</source>
            <translation>naamloos scenario</translation>
        </message>
        <message>
            <source>Assumptions (the same for every ally)</source>
            <translation>Aannames (dezelfde voor elke bondgenoot)</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3-code</translation>
        </message>
        <message>
            <source>Base share (% of GDP)</source>
            <translation>Aandeel in het basisjaar (% van het bbp)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(zonder naam)</translation>
        </message>
        <message>
            <source>national currency as the IMF states it; never converted</source>
            <translation>nationale valuta zoals het IMF die vermeldt; nooit omgerekend</translation>
        </message>
        <message>
            <source>derived = NATO share × IMF GDP</source>
            <translation>afgeleid = NAVO-aandeel × bbp van het IMF</translation>
        </message>
        <message>
            <source>negative means behind the line</source>
            <translation>negatief: achter op de lijn</translation>
        </message>
        <message>
            <source>no thresholds enabled</source>
            <translation>geen drempels ingeschakeld</translation>
        </message>
        <message>
            <source>change these: the formulas below follow</source>
            <translation>wijzig deze waarden: de formules hieronder volgen</translation>
        </message>
        <message>
            <source>Probability and not by the horizon: % of the draws</source>
            <translation>Kans en ‘niet vóór de horizon’: % van de trekkingen</translation>
        </message>
        <message>
            <source>% of the draws</source>
            <translation>% van de trekkingen</translation>
        </message>
        <message>
            <source>Core share of GDP over the draws (%)</source>
            <translation>Kernaandeel van het bbp over de trekkingen (%)</translation>
        </message>
        <message>
            <source>Total (core + counted related)</source>
            <translation>Totaal (kern + meegetelde gerelateerde uitgaven)</translation>
        </message>
        <message>
            <source>Core defence spending, % of GDP</source>
            <translation>Kerndefensie-uitgaven, % van het bbp</translation>
        </message>
        <message>
            <source>Assumptions and result</source>
            <translation>Aannames en uitkomst</translation>
        </message>
        <message>
            <source>The scenarios</source>
            <translation>De scenario's</translation>
        </message>
        <message>
            <source>Compared with the default scenario: IMF baseline economy (IMF WEO October 2025 growth and deflator, held after 2030), core spending at a constant share of GDP, no related spending, default thresholds.</source>
            <translation>Vergeleken met het standaardscenario: IMF-basiseconomie (groei en deflator uit de WEO van oktober 2025, na 2030 aangehouden), kernuitgaven als constant aandeel van het bbp, geen gerelateerde uitgaven, standaarddrempels.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>zonder label</translation>
        </message>
        <message>
            <source>latest NATO year</source>
            <translation>laatste NAVO-jaar</translation>
        </message>
        <message>
            <source>Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP (billions of national currency, current prices). NATO's own published money figures are not used for the projection.</source>
            <translation>De bedragen worden door de rekenhulp afgeleid: defensie-uitgaven = NAVO-aandeel van het bbp × bbp van het IMF (miljarden nationale valuta, lopende prijzen). De bedragen die de NAVO zelf publiceert, worden voor de projectie niet gebruikt.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Share % GDP</source>
            <translation>Aandeel % bbp</translation>
        </message>
        <message>
            <source>ally</source>
            <translation>bondgenoot</translation>
        </message>
        <message>
            <source>aggregate</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Iceland has no armed forces: NATO publishes no figure.</source>
            <translation>IJsland heeft geen strijdkrachten: de NAVO publiceert geen cijfer.</translation>
        </message>
        <message>
            <source>Editions</source>
            <translation>Edities</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>geïmporteerd</translation>
        </message>
        <message>
            <source>* the active dataset (`data use ID`)</source>
            <translation>* de actieve dataset (`data use ID`)</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator: {0}</source>
            <translation>Rekenhulp voor defensiebegrotingsscenario's: {0}</translation>
        </message>
        <message>
            <source>Budget impact: {0}</source>
            <translation>Begrotingseffect: {0}</translation>
        </message>
        <message>
            <source>NATO allies: the year each threshold is reached (horizon {0})</source>
            <translation>NAVO-bondgenoten: het jaar waarin elke drempel wordt gehaald (horizon {0})</translation>
        </message>
        <message>
            <source>Base year {0}: core share (% of GDP)</source>
            <translation>Basisjaar {0}: kernaandeel (% van het bbp)</translation>
        </message>
        <message>
            <source>Base year {0}: GDP ({1})</source>
            <translation>Basisjaar {0}: bbp ({1})</translation>
        </message>
        <message>
            <source>Base year {0}: core defence ({1})</source>
            <translation>Basisjaar {0}: kerndefensie ({1})</translation>
        </message>
        <message>
            <source>Extra core spending, cumulative {0} ({1})</source>
            <translation>Extra kernuitgaven, cumulatief {0} ({1})</translation>
        </message>
        <message>
            <source>Line: {0}</source>
            <translation>Lijn: {0}</translation>
        </message>
        <message>
            <source>Assumptions: {0}, {1}</source>
            <translation>Aannames: {0}, {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending scenario</source>
            <translation>{0}: scenario voor defensie-uitgaven</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, current prices · prepared {4}</source>
            <translation>{0} ({1}) · bedragen in {2} {3}, lopende prijzen · opgesteld op {4}</translation>
        </message>
        <message>
            <source>Base year {0} ({1}): NATO puts {2} at {3:.2f} % of GDP, which is {4} on IMF GDP (derived). Core spending path: {5}.</source>
            <translation>Basisjaar {0} ({1}): de NAVO raamt de defensie-uitgaven van {2} op {3:.2f} % van het bbp, dat is {4} op basis van het bbp van het IMF (afgeleid). Pad van de kernuitgaven: {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, {4} · prepared {5}</source>
            <translation>{0} ({1}) · bedragen in {2} {3}, {4} · opgesteld op {5}</translation>
        </message>
        <message>
            <source>{0}. Core spending path: {1}.</source>
            <translation>{0}. Pad van de kernuitgaven: {1}.</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>werkelijk</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>raming</translation>
        </message>
        <message>
            <source>projection</source>
            <translation>projectie</translation>
        </message>
        <message>
            <source>{0} · Defence Budget What-If Calculator {1} · dataset {2}</source>
            <translation>{0} · Rekenhulp voor defensiebegrotingsscenario's {1} · dataset {2}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Pagina {0} van {1}</translation>
        </message>
        <message>
            <source>The alliance: thresholds by ally</source>
            <translation>Het bondgenootschap: drempels per bondgenoot</translation>
        </message>
        <message>
            <source>The alliance: when does each ally reach each threshold?</source>
            <translation>Het bondgenootschap: wanneer haalt elke bondgenoot elke drempel?</translation>
        </message>
        <message>
            <source>Prepared {0} · dataset {1}</source>
            <translation>Opgesteld op {0} · dataset {1}</translation>
        </message>
        <message>
            <source>Every ally under the same assumptions: core spending {0}.</source>
            <translation>Alle bondgenoten onder dezelfde aannames: kernuitgaven {0}.</translation>
        </message>
        <message>
            <source>Iceland has no armed forces and no NATO figure, so it is not listed.</source>
            <translation>IJsland heeft geen krijgsmacht en geen NAVO-cijfer en staat daarom niet in de lijst.</translation>
        </message>
        <message>
            <source>Core % {0}</source>
            <translation>Kern % {0}</translation>
        </message>
        <message>
            <source>{0}, core defence spending as % of GDP. Sources: NATO, {1}, {2} (cut-off {3}); IMF World Economic Outlook, October 2025. Projection from {4}: Defence Budget What-If Calculator {5}.</source>
            <translation>{0}, kerndefensie-uitgaven in % van het bbp. Bronnen: NAVO, {1}, {2} (peildatum {3}); IMF, World Economic Outlook, oktober 2025. Projectie vanaf {4}: Rekenhulp voor defensiebegrotingsscenario's {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}), base year {2} ({3}): {4:.2f}% of GDP = {5:,.2f} {6} {7} ({8})</source>
            <translation>{0} ({1}), basisjaar {2} ({3}): {4:.2f} % van het bbp = {5:,.2f} {6} {7} ({8})</translation>
        </message>
        <message>
            <source>Economy: {0}. Core spending: {1}.</source>
            <translation>Economie: {0}. Kernuitgaven: {1}.</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Opmerking: {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Bronnen: {0}</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} (cut-off {3})</source>
            <translation>{0}, {1}, {2} (peildatum {3})</translation>
        </message>
        <message>
            <source>Dataset {0}.</source>
            <translation>Dataset {0}.</translation>
        </message>
        <message>
            <source>cut-off {0}</source>
            <translation>peildatum {0}</translation>
        </message>
        <message>
            <source>Dataset {0}; every data file is checked against its SHA-256 at start-up.</source>
            <translation>Dataset {0}; elk gegevensbestand wordt bij het starten gecontroleerd aan de hand van zijn SHA-256.</translation>
        </message>
        <message>
            <source>Core defence spending as a share of GDP, {0}–{1}. Money in {2} of {3}, current prices.</source>
            <translation>Kerndefensie-uitgaven als aandeel van het bbp, {0}–{1}. Bedragen in {2} {3}, lopende prijzen.</translation>
        </message>
        <message>
            <source>NATO {0}, {1}, {2} edition</source>
            <translation>NAVO, {0}, {1}, editie van {2}</translation>
        </message>
        <message>
            <source>share held at {0:.2f} %</source>
            <translation>aandeel aangehouden op {0:.2f} %</translation>
        </message>
        <message>
            <source>{0} amount every year</source>
            <translation>bedrag van {0} elk jaar</translation>
        </message>
        <message>
            <source>{0} amount indexed to the GDP deflator</source>
            <translation>bedrag van {0} geïndexeerd met de bbp-deflator</translation>
        </message>
        <message>
            <source>from {0:.2f} % in {1}</source>
            <translation>vanaf {0:.2f} % in {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending, % of GDP</source>
            <translation>{0}: defensie-uitgaven, % van het bbp</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices, except base-year prices where stated; projected spending is derived (share × GDP), not published by NATO. Base year {2}: NATO share ({3}) × {4}. Real growth and inflation are blank in the base year. Shares, base-year prices, extra and cumulative spending are formulas over GDP, spending and inflation: change a year's spending and they follow, with the chart. Columns after the gap hold the threshold lines drawn on the chart.</source>
            <translation>Bedragen in {0} {1}, lopende prijzen, behalve prijzen van het basisjaar waar vermeld; de geprojecteerde uitgaven zijn afgeleid (aandeel × bbp), niet door de NAVO gepubliceerd. Basisjaar {2}: NAVO-aandeel ({3}) × {4}. Reële groei en inflatie zijn leeg in het basisjaar. Aandelen, prijzen van het basisjaar, extra en cumulatieve uitgaven zijn formules over bbp, uitgaven en inflatie: wijzig de uitgaven van een jaar en ze volgen, met de grafiek. De kolommen na de lege kolom bevatten de drempellijnen van de grafiek.</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices. Extra spending (core and related spending above the fiscal baseline) and the IMF's figures are inputs; borrowing, interest, extra debt, the deficit and the ratios are formulas over them and over the interest rate and borrowed share at the top. Revenue and other spending after 2030 hold their 2030 ratios to GDP.</source>
            <translation>Bedragen in {0} {1}, lopende prijzen. De extra uitgaven (kern- en gerelateerde uitgaven boven de begrotingsreferentie) en de cijfers van het IMF zijn invoer; lenen, rente, extra schuld, het tekort en de verhoudingen zijn formules daarover en over de rente en het geleende deel bovenaan. Na 2030 houden inkomsten en overige uitgaven hun verhouding tot het bbp van 2030.</translation>
        </message>
        <message>
            <source>Estimates are flagged: NATO figures for these years are estimates ({0}); IMF figures after each ally's last actual year are projections.</source>
            <translation>Ramingen zijn gemarkeerd: de NAVO-cijfers voor deze jaren zijn ramingen ({0}); IMF-cijfers na het laatste waargenomen jaar van elke bondgenoot zijn projecties.</translation>
        </message>
        <message>
            <source>{0} edition: {1}</source>
            <translation>editie van {0}: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}</source>
            <translation>{0}: {1} uiterlijk in {2}</translation>
        </message>
        <message>
            <source>{0} (off)</source>
            <translation>{0} (uit)</translation>
        </message>
        <message>
            <source>latest NATO year ({0})</source>
            <translation>laatste NAVO-jaar ({0})</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Total % p{0}</source>
            <translation>Totaal % p{0}</translation>
        </message>
        <message>
            <source>{0}: year reached</source>
            <translation>{0}: jaar bereikt</translation>
        </message>
        <message>
            <source>{0}: % of GDP in {1}</source>
            <translation>{0}: % van het bbp in {1}</translation>
        </message>
        <message>
            <source>{0} · dataset {1}</source>
            <translation>{0} · dataset {1}</translation>
        </message>
        <message>
            <source>NATO {0} edition; {1}</source>
            <translation>NAVO, editie {0}; {1}</translation>
        </message>
        <message>
            <source>Every ally: {0}; core spending {1}. {2}</source>
            <translation>Alle bondgenoten: {0}; kernuitgaven: {1}. {2}</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Economische instelling</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Groeicorr.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Inflatiecorr.</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Waarden per jaar</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Groei</translation>
        </message>
        <message>
            <source>Glide path target</source>
            <translation>Doel van het groeipad</translation>
        </message>
        <message>
            <source>Glide path year</source>
            <translation>Jaar van het groeipad</translation>
        </message>
        <message>
            <source>Amount each year</source>
            <translation>Bedrag per jaar</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigen punten</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Gerelateerd aandeel</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Gerelateerd doel</translation>
        </message>
        <message>
            <source>Related by year</source>
            <translation>Gerelateerd per jaar</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Uitgangspunt</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mijn aandeel</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mijn bedrag</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Bbp-pad</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Bron van het bbp</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prijzen</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munt</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Referentiebestand</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Optellen vanaf</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Optellen tot</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Reële groei volgens</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflatie volgens</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Bewering</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Bedrag van de bewering</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Aandeel van de bewering</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Jaar van de bewering</translation>
        </message>
        <message>
            <source>year</source>
            <translation>jaar</translation>
        </message>
        <message>
            <source>real growth</source>
            <translation>reële groei</translation>
        </message>
        <message>
            <source>inflation</source>
            <translation>inflatie</translation>
        </message>
        <message>
            <source>share</source>
            <translation>aandeel</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>bedrag</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% van het bbp</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>maatstaf</translation>
        </message>
        <message>
            <source>target year</source>
            <translation>doeljaar</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>GDP</source>
            <translation>bbp</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>rij {0}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}, base year {1}, horizon {2}. Economy: {3}. Core spending: {4}. Related spending: {5}. {6}</source>
            <translation>{0}, basisjaar {1}, horizon {2}. Economie: {3}. Kernuitgaven: {4}. Gerelateerde uitgaven: {5}. {6}</translation>
        </message>
        <message>
            <source>EU national escape clause: up to 1.5 % of GDP of additional defence expenditure a year, up to 2028</source>
            <translation>Nationale ontsnappingsclausule van de EU: tot 1,5 % van het bbp aan extra defensie-uitgaven per jaar, tot en met 2028</translation>
        </message>
        <message>
            <source>the increase is measured against the 2021 level of defence expenditure</source>
            <translation>de stijging wordt gemeten ten opzichte van het niveau van de defensie-uitgaven in 2021</translation>
        </message>
        <message>
            <source>the EU measures defence by COFOG division 02, not NATO's definition</source>
            <translation>de EU meet defensie volgens COFOG-afdeling 02, niet volgens de NAVO-definitie</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025 for 15 states</source>
            <translation>op 8 juli 2025 door de Raad geactiveerd voor 15 lidstaten</translation>
        </message>
        <message>
            <source>Germany: defence and some security spending above 1 % of GDP is exempt from the debt brake (constitutional change of March 2025)</source>
            <translation>Duitsland: defensie-uitgaven en sommige veiligheidsuitgaven boven 1 % van het bbp vallen buiten de schuldenrem (grondwetswijziging van maart 2025)</translation>
        </message>
        <message>
            <source>the exempt definition is broader than NATO's</source>
            <translation>de vrijgestelde definitie is ruimer dan die van de NAVO</translation>
        </message>
        <message>
            <source>baseline gross debt, net lending/borrowing, revenue and expenditure of general government</source>
            <translation>bruto overheidsschuld (referentie), financieringssaldo, inkomsten en uitgaven van de overheid</translation>
        </message>
        <message>
            <source> (as reported by {0})</source>
            <translation> (volgens {0})</translation>
        </message>
    </context>
</TS>
