<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entity table (TSV): one row per register entry of standOff (listPerson, listPlace, listOrg):
  id, type, English name(s), Chinese name(s), authority ids (URIs), number of mentions
  (elements of the text whose @ref points to the entry). Several values are separated by ' | '.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:text>id&#9;type&#9;en&#9;zh&#9;authority&#9;mentions&#10;</xsl:text>
    <xsl:for-each select="/tei:TEI/tei:standOff/*/tei:person | /tei:TEI/tei:standOff/*/tei:place
                          | /tei:TEI/tei:standOff/*/tei:org">
      <xsl:variable name="pointer" select="concat(' #', @xml:id, ' ')"/>
      <xsl:value-of select="concat(@xml:id, '&#9;', local-name(), '&#9;')"/>
      <xsl:call-template name="joined"><xsl:with-param name="items" select="*[@xml:lang='en']"/></xsl:call-template>
      <xsl:text>&#9;</xsl:text>
      <xsl:call-template name="joined"><xsl:with-param name="items" select="*[@xml:lang='zh-Hans']"/></xsl:call-template>
      <xsl:text>&#9;</xsl:text>
      <xsl:call-template name="joined"><xsl:with-param name="items" select="tei:idno"/></xsl:call-template>
      <xsl:value-of select="concat('&#9;', count(/tei:TEI/tei:text//*[contains(concat(' ', normalize-space(@ref), ' '), $pointer)]), '&#10;')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="joined">
    <xsl:param name="items"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() &gt; 1"><xsl:text> | </xsl:text></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
