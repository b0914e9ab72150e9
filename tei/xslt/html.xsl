<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML reading edition of an encoder TEI document: header metadata, then the Chinese original
  and the English translation side by side, one table row per translation link (blocks without
  a counterpart get a row of their own after the row of the nearest linked block before them),
  intertitles, notes as notes, names linked to their register entry and authority page, dates
  with their normalised value. One self-contained page: inline CSS, no JavaScript, printable;
  two columns on a wide screen, stacked (Chinese above English) below 700 px.
  Parameters:
    title-lang  which title leads the page, 'zh-Hans' (default) or 'en';
    tei-href    the TEI file's address relative to the page ('' : no link to it);
    index-href  the corpus index's address relative to the page ('' : no link; set by the site);
    site-href   the site's root folder relative to the page, ending in '/' ('' : none): each
                register entry then links to its page of the corpus (persons.html#e-KEY...).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:import href="common.xsl"/>
  <!-- HTML5: the legacy-compat doctype is the one both libxslt and Saxon write the same way. -->
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="title-lang" select="'zh-Hans'"/>
  <xsl:param name="tei-href" select="''"/>
  <xsl:param name="index-href" select="''"/>
  <xsl:param name="site-href" select="''"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="bibl" select="$header/tei:fileDesc/tei:sourceDesc/tei:biblStruct"/>
  <xsl:variable name="links" select="/tei:TEI/tei:standOff/tei:linkGrp[@type='translation']/tei:link"/>
  <xsl:variable name="zh" select="/tei:TEI/tei:text/tei:body/tei:div[@xml:lang='zh-Hans']"/>
  <xsl:variable name="en" select="/tei:TEI/tei:text/tei:body/tei:div[@xml:lang='en']"/>
  <xsl:variable name="unlinked" select="$blocks[not(contains($linked, concat(' #', @xml:id, ' ')))]"/>

  <xsl:template match="/">
    <xsl:variable name="main-title" select="($header/tei:fileDesc/tei:titleStmt/tei:title[@xml:lang=$title-lang]
                                             | $header/tei:fileDesc/tei:titleStmt/tei:title)[1]"/>
    <html lang="{/tei:TEI/@xml:lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <xsl:if test="$tei-href != ''">
          <link rel="alternate" type="application/tei+xml" href="{$tei-href}"/>
        </xsl:if>
        <title><xsl:value-of select="$main-title"/></title>
        <style>
          body { font-family: "Noto Serif", "Source Serif 4", "Source Serif Pro", Georgia, "Times New Roman", serif;
                 margin: 2em auto; padding: 0 1em; max-width: 72em; line-height: 1.6; color: #222; overflow-wrap: break-word; }
          :lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC", STSong,
                           SimSun, "AR PL UMing CN", "Noto Serif", Georgia, "DejaVu Serif", "WenQuanYi Zen Hei", serif; }
          nav.site { font-size: .9em; margin-bottom: 1em; }
          nav.site a + a { margin-left: 1em; }
          header h1 { font-size: 1.6em; margin: 0 0 .2em; }
          header .subtitle { font-size: 1.2em; color: #444; margin: 0 0 1em; }
          dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; font-size: .9em; }
          dl.meta dt { font-weight: bold; }
          table.parallel { border-collapse: collapse; width: 100%; table-layout: fixed; }
          table.parallel th { text-align: left; border-bottom: 2px solid #888; padding: .3em .6em; }
          table.parallel td { vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #ddd; }
          table.parallel td:empty { border-bottom-color: transparent; }
          h2.headline { font-size: 1.3em; margin: .2em 0; }
          h3.intertitle { font-size: 1.1em; margin: .4em 0; }
          .salute, .signed, .dateline, .credit, .attribution { margin: .2em 0; }
          .signed, .dateline, .credit, .attribution { text-align: right; }
          p.signed { font-weight: normal; font-size: 1em; margin-top: .8em; padding-right: 1em; }
          p.right { text-align: right; }
          .lead { font-weight: bold; }
          aside.note { font-size: .9em; border-left: 3px solid #b55; padding-left: .6em; color: #533; }
          aside.note .label { font-variant: small-caps; margin-right: .4em; }
          a.name { color: inherit; text-decoration: none; border-bottom: 1px dotted #36c; }
          a.name.person { background: #eef4ff; } a.name.place { background: #effaef; } a.name.org { background: #fff5e6; }
          time { border-bottom: 1px dotted #999; }
          section.register li { margin: .2em 0; }
          footer { margin-top: 2em; font-size: .8em; color: #666; }
          @media (max-width: 700px) {
            body { margin: 1em auto; padding: 0 .8em; }
            header h1 { font-size: 1.35em; }
            dl.meta { grid-template-columns: 1fr; } dl.meta dd { margin: 0 0 .3em; }
            table.parallel, table.parallel tbody, table.parallel tr, table.parallel td { display: block; width: auto; }
            table.parallel thead, table.parallel colgroup, table.parallel td:empty { display: none; }
            table.parallel tr { border-bottom: 1px solid #ddd; padding: .3em 0; }
            table.parallel td { border-bottom: none; padding: .15em 0; }
          }
          @media print { body { margin: 0; max-width: none; } a.name, time { border: none; background: none; }
                         tr { page-break-inside: avoid; } }
        </style>
      </head>
      <body>
        <xsl:call-template name="site-nav"/>
        <header>
          <h1><xsl:apply-templates select="$main-title" mode="title"/></h1>
          <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[count(. | $main-title) != count($main-title)]">
            <p class="subtitle"><xsl:apply-templates select="." mode="title"/></p>
          </xsl:for-each>
          <dl class="meta" lang="en">
            <dt>Newspaper</dt>
            <dd>
              <xsl:for-each select="$bibl/tei:monogr/tei:title[@level='j']">
                <xsl:if test="position() &gt; 1"><xsl:text> / </xsl:text></xsl:if>
                <span lang="{@xml:lang}"><xsl:value-of select="."/></span>
              </xsl:for-each>
            </dd>
            <dt>Date</dt>
            <dd><time datetime="{$bibl/tei:monogr/tei:imprint/tei:date/@when}"><xsl:value-of select="$bibl/tei:monogr/tei:imprint/tei:date"/></time></dd>
            <xsl:if test="$bibl/tei:monogr/tei:biblScope[@unit='page']">
              <dt>Page</dt>
              <dd><xsl:value-of select="$bibl/tei:monogr/tei:biblScope[@unit='page']/@n"/>
                <xsl:text> (</xsl:text><span lang="zh-Hans"><xsl:value-of select="$bibl/tei:monogr/tei:biblScope[@unit='page']"/></span><xsl:text>)</xsl:text></dd>
            </xsl:if>
            <xsl:for-each select="$bibl/tei:analytic/tei:author">
              <dt>Author</dt><dd lang="{@xml:lang}"><xsl:value-of select="."/></dd>
            </xsl:for-each>
            <xsl:for-each select="$bibl/tei:note[@type='column']">
              <dt>Column</dt><dd lang="{@xml:lang}"><xsl:value-of select="."/></dd>
            </xsl:for-each>
            <dt>Identifier</dt><dd><code><xsl:value-of select="/tei:TEI/@xml:id"/></code></dd>
            <xsl:if test="$tei-href != ''">
              <dt>TEI</dt><dd><a class="tei" href="{$tei-href}" type="application/tei+xml">the TEI P5 file of this article</a></dd>
            </xsl:if>
          </dl>
        </header>
        <main>
          <xsl:choose>
            <xsl:when test="$zh and $en">
              <table class="parallel">
                <colgroup><col/><col/></colgroup>
                <thead><tr><th lang="zh-Hans">原文</th><th lang="en">English translation</th></tr></thead>
                <tbody>
                  <xsl:call-template name="unmatched-rows"><xsl:with-param name="after" select="''"/></xsl:call-template>
                  <xsl:for-each select="$links">
                    <tr class="pair" id="{concat('row-', position())}">
                      <td lang="zh-Hans">
                        <xsl:call-template name="targets">
                          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'zh-Hans'"/>
                        </xsl:call-template>
                      </td>
                      <td lang="en">
                        <xsl:call-template name="targets">
                          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'en'"/>
                        </xsl:call-template>
                      </td>
                    </tr>
                    <xsl:call-template name="unmatched-rows">
                      <xsl:with-param name="after" select="concat(' ', normalize-space(@target), ' ')"/>
                    </xsl:call-template>
                  </xsl:for-each>
                </tbody>
              </table>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="/tei:TEI/tei:text/tei:body/tei:div">
                <article class="single" lang="{@xml:lang}"><xsl:apply-templates select="$blocks[ancestor::tei:div[@xml:lang] = current()]"/></article>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:apply-templates select="/tei:TEI/tei:standOff[tei:listPerson or tei:listPlace or tei:listOrg]"/>
        <footer lang="en">
          <p>Encoded in TEI P5 by <xsl:value-of select="$header/tei:encodingDesc/tei:appInfo/tei:application/tei:label"/>
            <xsl:text> </xsl:text><xsl:value-of select="$header/tei:encodingDesc/tei:appInfo/tei:application/@version"/>.
            <xsl:value-of select="$header/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence"/></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- Rows for blocks without a counterpart whose nearest linked block before them (in their
       own language) is in the link $after ('' : they come before every linked block). -->
  <xsl:template name="unmatched-rows">
    <xsl:param name="after"/>
    <xsl:for-each select="$unlinked">
      <xsl:variable name="division" select="generate-id(ancestor::tei:div[parent::tei:body])"/>
      <xsl:variable name="before" select="preceding::*[@xml:id][count(. | $blocks) = count($blocks)]
                                          [contains($linked, concat(' #', @xml:id, ' '))]
                                          [generate-id(ancestor::tei:div[parent::tei:body]) = $division][1]"/>
      <xsl:if test="($after = '' and not($before)) or ($before and contains($after, concat(' #', $before/@xml:id, ' ')))">
        <tr class="unmatched">
          <xsl:choose>
            <xsl:when test="ancestor::tei:div[@xml:lang='zh-Hans']">
              <td lang="zh-Hans"><xsl:apply-templates select="."/></td><td lang="en"></td>
            </xsl:when>
            <xsl:otherwise>
              <td lang="zh-Hans"></td><td lang="en"><xsl:apply-templates select="."/></td>
            </xsl:otherwise>
          </xsl:choose>
        </tr>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:title" mode="title">
    <span lang="{@xml:lang}"><xsl:value-of select="."/></span>
  </xsl:template>

  <!-- Blocks -->
  <xsl:template match="tei:head[@type='kicker' or @type='sub']" priority="2">
    <p class="{@type}" id="{@xml:id}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:note[@type='caption']" priority="2">
    <p class="caption" id="{@xml:id}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:list">
    <ul id="{@xml:id}"><xsl:apply-templates select="tei:item"/></ul>
  </xsl:template>
  <!-- A table row is a block (placed alone in the parallel layout): a one-row table. -->
  <xsl:template match="tei:table">
    <div class="table" id="{@xml:id}"><xsl:apply-templates select="tei:row"/></div>
  </xsl:template>
  <xsl:template match="tei:row">
    <table class="table-row" id="{@xml:id}"><tr><xsl:apply-templates select="tei:cell"/></tr></table>
  </xsl:template>
  <xsl:template match="tei:cell">
    <td><xsl:apply-templates/></td>
  </xsl:template>
  <xsl:template match="tei:item">
    <li id="{@xml:id}"><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:head[parent::tei:div[parent::tei:body]]">
    <h2 class="headline" id="{@xml:id}"><xsl:apply-templates/></h2>
  </xsl:template>
  <xsl:template match="tei:head">
    <h3 class="intertitle" id="{@xml:id}"><xsl:apply-templates/></h3>
  </xsl:template>
  <xsl:template match="tei:p">
    <p id="{@xml:id}"><xsl:if test="@rend='align(right)'"><xsl:attribute name="class">right</xsl:attribute></xsl:if><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:salute | tei:signed | tei:dateline | tei:byline">
    <p class="{local-name()}" id="{@xml:id}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:note[@type='source']">
    <p class="credit" id="{@xml:id}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:note">
    <aside class="note {@type}" id="{@xml:id}">
      <span class="label" lang="en">
        <xsl:choose>
          <xsl:when test="@type='editorial'">editor's note</xsl:when>
          <xsl:when test="@type='translator'">translator's note</xsl:when>
          <xsl:otherwise>note</xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:apply-templates/>
    </aside>
  </xsl:template>
  <xsl:template match="tei:quote">
    <blockquote id="{@xml:id}"><xsl:apply-templates/></blockquote>
  </xsl:template>
  <xsl:template match="tei:bibl">
    <p class="attribution" id="{@xml:id}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Phrases -->
  <xsl:template match="tei:lb"><br/></xsl:template>
  <xsl:template match="tei:seg"><span class="{@type}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:persName | tei:placeName | tei:orgName">
    <xsl:variable name="entry" select="key('id', substring-after(normalize-space(@ref), '#'))"/>
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="self::tei:persName">person</xsl:when>
        <xsl:when test="self::tei:placeName">place</xsl:when>
        <xsl:otherwise>org</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="tip">
      <xsl:call-template name="name-tip">
        <xsl:with-param name="english" select="normalize-space($entry/*[@xml:lang='en'][1])"/>
        <xsl:with-param name="idno" select="normalize-space($entry/tei:idno[1])"/>
      </xsl:call-template>
    </xsl:variable>
    <a class="name {$kind}" href="{normalize-space(@ref)}">
      <xsl:if test="normalize-space($tip) != ''"><xsl:attribute name="title"><xsl:value-of select="normalize-space($tip)"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </a>
  </xsl:template>
  <!-- A name's tooltip: its English form, its first authority identifier, whether a machine
       tagged it; empty when there is none of these (the caller then writes no title). -->
  <xsl:template name="name-tip">
    <xsl:param name="english"/>
    <xsl:param name="idno"/>
    <xsl:value-of select="$english"/>
    <xsl:if test="$idno != ''"><xsl:value-of select="concat(' (', $idno, ')')"/></xsl:if>
    <xsl:if test="@cert"><xsl:value-of select="concat(' [machine tag, certainty ', @cert, ']')"/></xsl:if>
  </xsl:template>

  <!-- Links to the corpus index and the TEI file, when the page is given them. -->
  <xsl:template name="site-nav">
    <xsl:if test="$index-href != '' or $tei-href != ''">
      <nav class="site" lang="en">
        <xsl:if test="$index-href != ''"><a class="index" href="{$index-href}">Corpus index</a></xsl:if>
        <xsl:if test="$tei-href != ''"><a class="tei" href="{$tei-href}" type="application/tei+xml">TEI</a></xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A register entry's link to its page of the corpus site (its key: the entry's id without
       the article's id), when the page is part of a site. -->
  <xsl:template name="corpus-link">
    <xsl:if test="$site-href != ''">
      <xsl:variable name="prefix" select="concat(/tei:TEI/@xml:id, '.')"/>
      <xsl:variable name="key">
        <xsl:choose>
          <xsl:when test="starts-with(@xml:id, $prefix)"><xsl:value-of select="substring-after(@xml:id, $prefix)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="page">
        <xsl:choose>
          <xsl:when test="self::tei:person">persons.html</xsl:when>
          <xsl:when test="self::tei:place">places.html</xsl:when>
          <xsl:otherwise>organisations.html</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:text> </xsl:text><a class="corpus" href="{concat($site-href, $page, '#e-', $key)}">in the corpus</a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:date">
    <time>
      <xsl:if test="@when"><xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute>
        <xsl:attribute name="title"><xsl:value-of select="@when"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <!-- Registers -->
  <xsl:template match="tei:standOff">
    <section class="register">
      <h2 lang="en">Register</h2>
      <xsl:for-each select="tei:listPerson | tei:listPlace | tei:listOrg">
        <h3 lang="en">
          <xsl:choose>
            <xsl:when test="self::tei:listPerson">Persons</xsl:when>
            <xsl:when test="self::tei:listPlace">Places</xsl:when>
            <xsl:otherwise>Organisations</xsl:otherwise>
          </xsl:choose>
        </h3>
        <ul>
          <xsl:for-each select="*">
            <li id="{@xml:id}">
              <xsl:for-each select="*[@xml:lang]">
                <xsl:if test="position() &gt; 1"><xsl:text> · </xsl:text></xsl:if>
                <span lang="{@xml:lang}"><xsl:value-of select="."/></span>
              </xsl:for-each>
              <xsl:for-each select="tei:idno">
                <xsl:text> </xsl:text>
                <xsl:choose>
                  <!-- only web addresses become links (no javascript: from an untrusted file) -->
                  <xsl:when test="starts-with(normalize-space(.), 'https://') or starts-with(normalize-space(.), 'http://')">
                    <a href="{normalize-space(.)}"><xsl:value-of select="@subtype"/></a>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
              <xsl:call-template name="corpus-link"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
