<?xml version="1.0" encoding="UTF-8"?>
<!--
  Alignment table (TSV, usable as a translation memory): one row per translation link,
  Chinese id(s), English id(s), Chinese text, English text. Several ids are separated by
  spaces; white space inside a text is normalised, so that a row is one line.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>zh_id&#9;en_id&#9;zh_text&#9;en_text&#10;</xsl:text>
    <xsl:if test="not(/tei:TEI/tei:standOff/tei:linkGrp[@type='translation'])">
      <xsl:message>this document has no translation links (linkGrp type="translation")</xsl:message>
    </xsl:if>
    <xsl:for-each select="/tei:TEI/tei:standOff/tei:linkGrp[@type='translation']/tei:link">
      <xsl:variable name="zh-ids">
        <xsl:call-template name="targets">
          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'zh-Hans'"/>
          <xsl:with-param name="mode" select="'id'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="en-ids">
        <xsl:call-template name="targets">
          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'en'"/>
          <xsl:with-param name="mode" select="'id'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="zh-text">
        <xsl:call-template name="targets">
          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'zh-Hans'"/>
          <xsl:with-param name="mode" select="'text'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="en-text">
        <xsl:call-template name="targets">
          <xsl:with-param name="list" select="@target"/><xsl:with-param name="lang" select="'en'"/>
          <xsl:with-param name="mode" select="'text'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:value-of select="concat(normalize-space($zh-ids), '&#9;', normalize-space($en-ids), '&#9;',
                                   normalize-space($zh-text), '&#9;', normalize-space($en-text), '&#10;')"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Blocks joined in one cell are separated by a space. -->
  <xsl:template match="*" mode="text"><xsl:apply-templates mode="text"/><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:*[ancestor::tei:p or ancestor::tei:head or ancestor::tei:note or ancestor::tei:salute
                       or ancestor::tei:signed or ancestor::tei:dateline or ancestor::tei:byline
                       or ancestor::tei:quote or ancestor::tei:bibl or ancestor::tei:item or ancestor::tei:cell]" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="text" priority="1"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
