<?xml version="1.0" encoding="UTF-8"?>
<!--
  Plain text of an encoder TEI document: the blocks of each language division in order,
  separated by blank lines; a two-line intertitle keeps its line break. This is the text the
  fidelity gate compares with the source.
  Parameter lang: 'zh-Hans' or 'en' for one language (default: every division, each under a
  line '[lang]').
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="lang" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="divisions" select="/tei:TEI/tei:text/tei:body/tei:div[$lang = '' or @xml:lang = $lang]"/>
    <xsl:if test="not($divisions)">
      <xsl:message>no language division with xml:lang="<xsl:value-of select="$lang"/>" in this document</xsl:message>
    </xsl:if>
    <xsl:for-each select="$divisions">
      <xsl:if test="$lang = ''">
        <xsl:value-of select="concat('[', @xml:lang, ']&#10;&#10;')"/>
      </xsl:if>
      <xsl:variable name="division" select="generate-id()"/>
      <xsl:for-each select="$blocks[generate-id(ancestor::tei:div[parent::tei:body]) = $division]">
        <xsl:apply-templates select="." mode="text"/>
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
