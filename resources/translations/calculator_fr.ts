<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="181"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="184"/>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="185"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="187"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="188"/>
        <source>NATO edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="190"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="193"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="196"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="197"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="200"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="203"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="205"/>
        <source>Core path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="206"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="209"/>
        <source>Growth measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="210"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="210"/>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="212"/>
        <source>Glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="213"/>
        <source>Glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="214"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="214"/>
        <source>{0:g} bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="215"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="217"/>
        <source>Related path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="218"/>
        <source>Related share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="219"/>
        <source>Related target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="220"/>
        <source>Related year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="221"/>
        <source>Related cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="222"/>
        <location filename="../../calculator/gui/dialogs.py" line="100"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="40"/>
        <source>How the calculator works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="43"/>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="46"/>
        <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO&apos;s share of GDP times the IMF&apos;s nominal GDP for that year, in the ally&apos;s own currency. Money the calculator derives this way is labelled as derived; NATO&apos;s own published amounts are shown beside the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="54"/>
        <source>The economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="57"/>
        <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF&apos;s figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="66"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="69"/>
        <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="73"/>
        <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="79"/>
        <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="84"/>
        <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="87"/>
        <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="90"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="95"/>
        <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="103"/>
        <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is &apos;already met&apos;. &apos;Holds&apos; says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="111"/>
        <source>Hague path check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="114"/>
        <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="121"/>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="124"/>
        <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="130"/>
        <source>NATO&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="135"/>
        <source>NATO&apos;s year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="155"/>
        <source>edition {0}, released {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="160"/>
        <source>Estimates or projections: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="169"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="173"/>
        <source>Version {0}. Works offline: all data ships with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="179"/>
        <source>Dataset: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="182"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="187"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="193"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="114"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="114"/>
        <source>Ally (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="116"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="116"/>
        <source>Base year: NATO&apos;s latest figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="120"/>
        <source>Base share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="121"/>
        <source>Core defence share of GDP in the base year (NATO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="126"/>
        <source>{0} core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="127"/>
        <source>Core share of GDP at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="138"/>
        <source>{0} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="139"/>
        <source>Core + counted related share at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="145"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="145"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="150"/>
        <source>Year {0} is first reached ({1}); – not by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="258"/>
        <source>Already met in the base year {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="260"/>
        <source>First reached in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="262"/>
        <source>Not by {0}; on these assumptions in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="265"/>
        <source>Not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceView</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="316"/>
        <source>Alliance assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="323"/>
        <source>Alliance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="346"/>
        <source>Alliance table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="349"/>
        <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="356"/>
        <source>Alliance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="359"/>
        <source>Alliance chart read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="360"/>
        <source>Point at a path to read the ally, year and share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="420"/>
        <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="431"/>
        <source>core defence, % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="431"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="517"/>
        <source>IMF baseline economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="519"/>
        <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="525"/>
        <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="531"/>
        <source>an annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="533"/>
        <source>custom amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="537"/>
        <source>Your path is {0} in {1}, one ally&apos;s currency, so it cannot apply to every ally: the overview holds each ally&apos;s base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllyPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="36"/>
        <source>Ally and horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="48"/>
        <source>{0} ({1}) · no NATO figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="51"/>
        <source>{0} ({1}) · {2:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="66"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="68"/>
        <source>Pick an ally: type part of its name or its ISO code (ESP, BEL…). The figure is NATO&apos;s latest share of GDP for core defence ({0} edition, latest year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="78"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="79"/>
        <source>Last year shown and tested (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="83"/>
        <source>&amp;Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/ally.py" line="84"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="149"/>
        <source>Autosave failed: {0}</source>
        <extracomment>Asked whether to restore a session left by a crash (once per orphaned session).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="165"/>
        <source> and {0} pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="169"/>
        <source>Recover your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="170"/>
        <source>Recover the work from a session that did not close normally?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="173"/>
        <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="204"/>
        <source>Damaged autosave set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="205"/>
        <source>An autosave file could not be read and was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="208"/>
        <source>It was renamed and is kept in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="224"/>
        <source>Cannot recover the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/autosave.py" line="235"/>
        <source>More recovered work than can be pinned: offered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="255"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="256"/>
        <source>Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="259"/>
        <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="262"/>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="263"/>
        <source>Unpin selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="264"/>
        <source>Remove the selected pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="265"/>
        <source>Unpin &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="266"/>
        <source>Unpin all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="267"/>
        <source>Remove every pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="271"/>
        <source>Compare message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="274"/>
        <source>Pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="277"/>
        <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="282"/>
        <location filename="../../calculator/gui/compare.py" line="306"/>
        <location filename="../../calculator/gui/compare.py" line="442"/>
        <source>Assumptions that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="285"/>
        <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario&apos;s path does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="301"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="326"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="379"/>
        <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="384"/>
        <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="416"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="430"/>
        <source>Differs from the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="436"/>
        <source>Assumptions that differ (pin a scenario to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="439"/>
        <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="54"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="58"/>
        <source>Constant share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="59"/>
        <source>Grow by a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="60"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="61"/>
        <source>Add an amount each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="62"/>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="169"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="67"/>
        <source>Spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="68"/>
        <source>How core defence spending evolves after the base year. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="85"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="90"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="91"/>
        <source>Growth of core defence spending each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="94"/>
        <source>nominal (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="95"/>
        <source>real (above inflation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="98"/>
        <source>Nominal or real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="100"/>
        <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="104"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="105"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="118"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="122"/>
        <source>Glide target share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="123"/>
        <source>Share of GDP reached in a straight line by the glide year, then held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="129"/>
        <source>Glide target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="130"/>
        <source>Year the target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="132"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="133"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="147"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="149"/>
        <source>Amount added to core spending every year, in billions of the ally&apos;s national currency, current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="153"/>
        <source>Each year add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="161"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="161"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="171"/>
        <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="179"/>
        <source>Custom point year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="179"/>
        <source>Year to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="186"/>
        <source>Custom point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="187"/>
        <source>Share of GDP (%) or amount (billions of national currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="190"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="191"/>
        <source>bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="194"/>
        <source>Custom point kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="195"/>
        <source>Whether the value is a share of GDP or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="197"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="200"/>
        <source>Set custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="201"/>
        <source>Add the point, or replace the one for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="203"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="206"/>
        <source>Remove custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="207"/>
        <source>Remove the selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="221"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="307"/>
        <source> bn {0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="310"/>
        <source>bn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="317"/>
        <source>{0:g} % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="319"/>
        <source>{0:,.2f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/core_spending.py" line="332"/>
        <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomyPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="44"/>
        <source>Economy (GDP path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="47"/>
        <source>IMF baseline (WEO Oct 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="48"/>
        <source>Constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="51"/>
        <source>Economy preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="53"/>
        <source>IMF baseline: the IMF&apos;s real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="57"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="63"/>
        <source>Real GDP growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="64"/>
        <source>Real GDP growth each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="71"/>
        <source>Inflation (GDP deflator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="72"/>
        <source>GDP deflator inflation each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="74"/>
        <source> pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="80"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="82"/>
        <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="91"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="92"/>
        <source>Percentage points added to inflation in every year, on top of either preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="95"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="96"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="97"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="98"/>
        <source>Growth adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="99"/>
        <source>Inflation adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="118"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="118"/>
        <source>Growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="118"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="138"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="140"/>
        <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset&apos;s rate. F2 or typing edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="145"/>
        <source>Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="148"/>
        <source>Add override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="149"/>
        <source>Add the next year without an override and start typing its growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="151"/>
        <source>Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="154"/>
        <source>Remove override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="155"/>
        <source>Remove the selected override years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/economy.py" line="161"/>
        <source>Per-year overrides (blank keeps the preset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDispatch</name>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="68"/>
        <source>&amp;Export</source>
        <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="71"/>
        <source>PDF brief (&amp;A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="72"/>
        <source>PDF brief (&amp;Letter)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="73"/>
        <location filename="../../calculator/gui/files/export.py" line="83"/>
        <source>&amp;Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="74"/>
        <source>&amp;CSV yearly table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="75"/>
        <source>&amp;JSON projection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="76"/>
        <source>Chart &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="77"/>
        <source>Chart &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="80"/>
        <source>Export a&amp;lliance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="82"/>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="117"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="122"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="127"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="128"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="129"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="130"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="131"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/export.py" line="132"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="65"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="106"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="117"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="118"/>
        <source>&amp;Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="122"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="123"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="139"/>
        <location filename="../../calculator/gui/main_window.py" line="257"/>
        <source>&amp;This ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="140"/>
        <location filename="../../calculator/gui/main_window.py" line="260"/>
        <source>All&amp;iance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="141"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="168"/>
        <source>Dataset {0} · NATO {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="170"/>
        <source>Help &gt; About lists every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="197"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="198"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="202"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="206"/>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="207"/>
        <source>Default assumptions for the selected ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="215"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="216"/>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="219"/>
        <source>&amp;About and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="256"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="262"/>
        <source>Every ally under the current assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="264"/>
        <source>&amp;Compare pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="270"/>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="271"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="274"/>
        <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="277"/>
        <source>&amp;Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="308"/>
        <source>Pinned “{0}” ({1} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="141"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedScenarios</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="89"/>
        <source>This scenario is pinned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="93"/>
        <source>At most {0} scenarios can be pinned; unpin one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../../calculator/gui/chart.py" line="27"/>
        <source>Share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="28"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="30"/>
        <source>Chart view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="31"/>
        <source>Switch between the share of GDP and the money per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="34"/>
        <source>Chart read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="36"/>
        <source>Point at the chart to read a year&apos;s share and money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionPlots</name>
    <message>
        <location filename="../../calculator/render/chart.py" line="94"/>
        <source>Year (NATO fiscal year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="97"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="111"/>
        <source>NATO, published (hollow: estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="121"/>
        <location filename="../../calculator/render/chart.py" line="199"/>
        <source>Core defence, projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="127"/>
        <location filename="../../calculator/render/chart.py" line="130"/>
        <source>Core + related (total), projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="148"/>
        <source>{0} review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="152"/>
        <source>{0} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="182"/>
        <source>billions, national currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="189"/>
        <source>NATO, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="205"/>
        <location filename="../../calculator/render/chart.py" line="229"/>
        <source>Core + related (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="212"/>
        <source>Needed for each threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="315"/>
        <location filename="../../calculator/render/chart.py" line="387"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="315"/>
        <location filename="../../calculator/render/chart.py" line="387"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="319"/>
        <source> · already met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="331"/>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="385"/>
        <source>{0} {1}: {2:,.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="397"/>
        <source>billions of {0}, current prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="476"/>
        <source>{0}: core {1:.2f} % of GDP = {2:,.1f} bn {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="481"/>
        <source>total {0:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="482"/>
        <source>GDP {0:,.0f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="483"/>
        <source>base year, NATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="483"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="491"/>
        <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/render/chart.py" line="493"/>
        <source> · {0:,.1f} bn {1} published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../calculator/gui/files/recent.py" line="45"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/recent.py" line="73"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/recent.py" line="74"/>
        <source>{0}: no such file; removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/recent.py" line="102"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/recent.py" line="106"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="44"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="47"/>
        <source>Constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="48"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="49"/>
        <source>Related spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="50"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="61"/>
        <source>Related spending share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="62"/>
        <source>Related spending as a share of GDP (the starting share for a glide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="74"/>
        <source>Related glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="75"/>
        <source>Share reached by the glide year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="81"/>
        <source>Related glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="82"/>
        <source>Year the related target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="86"/>
        <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="98"/>
        <source>Related spending cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="101"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="102"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="103"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/related.py" line="104"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="131"/>
        <source>Threshold results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="134"/>
        <source>Gap: how far the projected share in the target year is short of the threshold, or above it. Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="246"/>
        <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="93"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="95"/>
        <source>Start again from the default assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="97"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="100"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="103"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="158"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="160"/>
        <source>{0} · {1}[*] — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="162"/>
        <source>{0}[*] — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="185"/>
        <location filename="../../calculator/gui/files/documents.py" line="370"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="186"/>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="189"/>
        <location filename="../../calculator/gui/files/documents.py" line="375"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="201"/>
        <source>Untitled ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="216"/>
        <location filename="../../calculator/gui/files/documents.py" line="238"/>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="223"/>
        <source>Different dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="224"/>
        <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="230"/>
        <source>Open it with dataset {0}? Projected figures can differ from when it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="246"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="259"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="271"/>
        <source>Scenarios (*.scenario.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="272"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="273"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="286"/>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="292"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="309"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files/documents.py" line="371"/>
        <source>Save the changes to “{0}” before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="24"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="28"/>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="29"/>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="30"/>
        <source>Shown in the window title and on exported reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="32"/>
        <source>Notes: purpose, sources, caveats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="33"/>
        <source>Scenario notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="35"/>
        <source>Free text, saved with the scenario and printed in the PDF brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="42"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/scenario.py" line="43"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentenceBar</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="87"/>
        <source>Summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="88"/>
        <source>Copy sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="89"/>
        <source>Copy summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="90"/>
        <source>Copy the sentence to paste into a briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="52"/>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="72"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="56"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="57"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="58"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="59"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="60"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="74"/>
        <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="79"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="80"/>
        <source>Add threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="80"/>
        <source>Add a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="81"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="84"/>
        <source>Remove threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="85"/>
        <source>Remove the selected thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="87"/>
        <source>Add Wales 2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="90"/>
        <source>Add Wales threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="91"/>
        <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="93"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="96"/>
        <source>Restore default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="97"/>
        <source>2.1 % core (Spain&apos;s claim), 3.5 % core and 5 % total (The Hague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="138"/>
        <source>Test this threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="147"/>
        <source>Threshold value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="147"/>
        <source>Share of GDP to test, in %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="150"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="151"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="154"/>
        <source>Threshold measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="155"/>
        <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="164"/>
        <source>Threshold target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="165"/>
        <source>Year the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="170"/>
        <source>Threshold label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/inputs/thresholds.py" line="170"/>
        <source>Name shown on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="275"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="276"/>
        <source>GDP, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="277"/>
        <source>Real growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="278"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="279"/>
        <source>Core, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="280"/>
        <source>Core % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="281"/>
        <source>Related, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="282"/>
        <source>Related % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="283"/>
        <source>Total % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="284"/>
        <source>Core, bn, base-year prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="285"/>
        <source>Core per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="286"/>
        <source>Core % gov. spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="287"/>
        <source>Extra vs constant share, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="288"/>
        <source>Extra vs cash freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="289"/>
        <source>Extra vs real freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTablePanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="364"/>
        <source>Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="365"/>
        <source>Per-year projection; Ctrl+C copies the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="368"/>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="369"/>
        <source>Copy yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="370"/>
        <source>Copy as tab-separated text (pastes into Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="395"/>
        <source>{0}: money in billions of {1}, current prices (derived: NATO share × IMF GDP in the base year {2}, then the paths you set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="70"/>
        <source>already met in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="71"/>
        <source>reached in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="72"/>
        <source>not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="73"/>
        <source>not by {0} ({1} on this path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="74"/>
        <source>not by {0} ({1} at constant growth rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="76"/>
        <source>short by {0:.2f} pp ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="77"/>
        <source>above by {0:.2f} pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="78"/>
        <source>met exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="84"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="86"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="87"/>
        <source>At target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="88"/>
        <source>Gap at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="89"/>
        <source>Money needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="90"/>
        <source>Required growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="97"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="98"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="104"/>
        <source>{0} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="139"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="140"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="159"/>
        <source>{0}: {1:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="172"/>
        <location filename="../../calculator/exports/phrases.py" line="184"/>
        <source>{0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="186"/>
        <source>a fall of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="210"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="212"/>
        <source>, lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="219"/>
        <source>Years show when each threshold is first reached (met = already in the base year; lost = falls back below it by {0}; – = not by {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="231"/>
        <location filename="../../calculator/exports/phrases.py" line="238"/>
        <source>constant share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="232"/>
        <source>growth at a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="233"/>
        <location filename="../../calculator/exports/phrases.py" line="239"/>
        <source>glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="234"/>
        <source>an amount added each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="235"/>
        <source>custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="242"/>
        <source>IMF WEO October 2025 baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="243"/>
        <source>constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="290"/>
        <source>not used with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="302"/>
        <source>constant rates: {0} real growth, {1} inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="306"/>
        <source>, real growth {0:+g} pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="310"/>
        <source>, inflation {0:+g} pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="314"/>
        <source>, own figures for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="336"/>
        <source>growth of {0} a year above inflation (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="338"/>
        <source>growth of {0} a year (nominal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="342"/>
        <source>straight line to {0} of GDP by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="346"/>
        <source>adding {0:,.2f} bn {1} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="348"/>
        <source>cutting {0:,.2f} bn {1} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="352"/>
        <source>custom path: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="365"/>
        <source>{0}/yr real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="367"/>
        <source>{0}/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="371"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="375"/>
        <source>{0:+g} bn/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="377"/>
        <source>custom path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="379"/>
        <source>constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="386"/>
        <source>{0} rising to {1} by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="390"/>
        <source>{0} of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="391"/>
        <source> (counted up to {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="398"/>
        <source>{0}: {1} {2} by {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="411"/>
        <source>{0} reaches {1} in {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="412"/>
        <source>{1} is reached in {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="413"/>
        <source>{0} already meets {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="414"/>
        <source>{1} is already met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="415"/>
        <source>{0} does not reach {1} by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="416"/>
        <source>{1} is not reached by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="425"/>
        <source>At {0} a year above inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="427"/>
        <source>At {0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="430"/>
        <source>On a straight path to {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="435"/>
        <source>Adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="437"/>
        <source>Cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="439"/>
        <source>{0} {1:,.2f} bn {2} a year,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="443"/>
        <source>On the custom path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="445"/>
        <source>At a constant {0:.2f} % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="459"/>
        <source> to get there by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="463"/>
        <source> in cash terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="469"/>
        <source> even though spending could fall {0:.1f} % a year{1} and still get there{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="475"/>
        <source> and would need {0:.1f} % a year{1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="490"/>
        <source>{0} {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="512"/>
        <source> but is on this path in {0}, by the {1} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="518"/>
        <source> (but falls below it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="530"/>
        <source>credible: the core share never falls and reaches 3.5 % by 2035</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="537"/>
        <source>not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="543"/>
        <source>reaches 3.5 % by 2035 but the core share falls on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="554"/>
        <source>on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="556"/>
        <source>{0:.2f} pp above the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="558"/>
        <source>{0:.2f} pp below the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="560"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="562"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="565"/>
        <source>At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in 2035 ({2}, {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="576"/>
        <source>Hague path check: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="589"/>
        <source>the same as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="591"/>
        <source>{0} less than {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="594"/>
        <source>{0} more than {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="600"/>
        <source>a constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="601"/>
        <source>a cash freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="602"/>
        <source>a real freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="624"/>
        <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="630"/>
        <source>Money is in billions of national currency, current prices; projected spending is derived (share × GDP), not published by NATO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="635"/>
        <source>NATO publishes no per-ally figure for defence- and security-related spending; it is 0 % of GDP unless the scenario sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="640"/>
        <source>NATO defines defence expenditure as payments made by a national government specifically to meet the needs of its armed forces, those of Allies or of the Alliance: personnel (including pensions), operations and maintenance, equipment, infrastructure and research and development. Since the 2026 edition NATO calls it core defence expenditure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="647"/>
        <source>The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="662"/>
        <source>NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % of GDP here: the total equals core and a total threshold counts core spending only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/exports/phrases.py" line="679"/>
        <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO&apos;s Hague rule); this path reaches {1:.2f} %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
